import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '@shared/ipc/channels/search';
import { Highlighted } from './Highlighted';
import { rowOpener } from '../../app/rowOpener';

interface Props {
  results: readonly SearchResult[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number): void;
  onOpen(result: SearchResult): void;
}

/** Search results with their matches marked: name, then the summary, item or provider that matched. */
export function ResultList({ results, total, page, pageSize, loading, onPage, onOpen }: Props) {
  const { t } = useTranslation('search');
  return (
    <List
      className="search-results"
      data-testid="search-results"
      loading={loading}
      dataSource={results as SearchResult[]}
      locale={{ emptyText: t('noResults') }}
      pagination={total > pageSize ? { current: page + 1, pageSize, total, onChange: (p) => onPage(p - 1), showSizeChanger: false, size: 'small' } : false}
      renderItem={(r) => {
        const name = r.highlights.find((h) => h.field === 'name');
        const others = r.highlights.filter((h) => h.field !== 'name').slice(0, 3);
        return (
          <List.Item className="search-result" data-testid="search-result" data-name={r.name} {...rowOpener(() => onOpen(r))}>
            <div className="search-result-body">
              <div className="search-result-head">
                <Typography.Link strong className="search-result-name">
                  {name ? <Highlighted text={name.text} ranges={name.ranges} /> : r.name}
                </Typography.Link>
                <Tag color={r.scope === 'own' ? 'blue' : 'purple'}>{t(`scope.${r.scope}`)}</Tag>
              </div>
              <Typography.Text type="secondary" className="search-result-meta">
                <span className="mono">{r.code}</span> · {r.provider}
              </Typography.Text>
              {others.map((h, i) => (
                <div key={i} className="search-result-match" data-field={h.field}>
                  <Typography.Text type="secondary">{t(`matchIn.${h.field}`, { position: h.position })}</Typography.Text>{' '}
                  <Highlighted text={h.text} ranges={h.ranges} radius={40} />
                </div>
              ))}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
