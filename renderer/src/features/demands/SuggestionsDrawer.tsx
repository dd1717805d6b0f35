import { Button, Drawer, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Demand } from '@shared/domain/demand';
import type { DemandSuggestion } from '@shared/ipc/channels/demands';
import { call } from '../../api/client';
import { RequestThisButton } from '../requests/RequestThisButton';
import { queryKeys } from '../../api/queryKeys';

const pct = (x: number) => Math.round(x * 100);

/** One suggestion: the entry, its scores, and its items with the ones that answer a need in green. */
function SuggestionItem({ s, demand, current, onAccept, busy }: { s: DemandSuggestion; demand: Demand; current: boolean; onAccept(): void; busy: boolean }) {
  const { t } = useTranslation('demands');
  const matched = new Map(s.matches.map((m) => [m.position, m.needed]));
  return (
    <List.Item
      data-testid={`suggestion-${s.entryId}`}
      actions={[
        current ? (
          <Tag color="blue" key="current">
            {t('suggest.current')}
          </Tag>
        ) : (
          <Button key="accept" type="primary" size="small" loading={busy} onClick={onAccept} data-testid={`suggestion-accept-${s.entryId}`}>
            {t('suggest.accept')}
          </Button>
        ),
        <RequestThisButton key="request" demand={demand} suggestion={s} />,
      ]}
    >
      <List.Item.Meta
        title={
          <Space wrap>
            <Typography.Text strong>{s.name}</Typography.Text>
            <Typography.Text type="secondary">{s.code}</Typography.Text>
            <Tag color="geekblue">{t('suggest.score', { score: pct(s.score) })}</Tag>
          </Space>
        }
        description={
          <Space direction="vertical" size={4}>
            <Typography.Text type="secondary">
              {s.provider} · {t('suggest.nameScore', { score: pct(s.nameScore) })} · {t('suggest.itemScore', { score: pct(s.itemScore) })} ·{' '}
              {t('suggest.matched', { count: s.matches.length })}
            </Typography.Text>
            <div className="suggestion-items">
              {s.items.map((name, i) => {
                const need = matched.get(i + 1);
                return (
                  <Tag key={i} color={need ? 'green' : undefined} title={need} data-matched={need ? 'true' : undefined}>
                    {name}
                  </Tag>
                );
              })}
            </div>
            {s.missing.length ? <Typography.Text type="warning">{t('suggest.missing', { items: s.missing.join(t('suggest.listSeparator')) })}</Typography.Text> : null}
          </Space>
        }
      />
    </List.Item>
  );
}

/** Matching suggestions for one demand from the cached shared catalogue. */
export function SuggestionsDrawer({ demand, onClose, onAccept, accepting }: { demand: Demand | undefined; onClose(): void; onAccept(entryId: string): void; accepting: boolean }) {
  const { t } = useTranslation('demands');
  const q = useQuery({
    queryKey: queryKeys.demands.of('suggest', demand?.id, demand?.revision),
    queryFn: () => call('demands.suggest', { id: demand!.id }),
    enabled: demand !== undefined,
  });
  let body;
  if (q.isPending) body = <Spin className="page-spin" />;
  else if (q.isError) body = <Typography.Text type="danger">{q.error.message}</Typography.Text>;
  else if (q.data.suggestions.length === 0) body = <Empty description={t('suggest.none')} />;
  else {
    body = (
      <List
        dataSource={q.data.suggestions}
        rowKey="entryId"
        renderItem={(s) => <SuggestionItem s={s} demand={demand!} current={demand?.matchedEntryId === s.entryId} busy={accepting} onAccept={() => onAccept(s.entryId)} />}
      />
    );
  }
  return (
    <Drawer open={!!demand} size={720} destroyOnHidden onClose={onClose} title={demand ? t('suggest.title', { name: demand.name }) : ''} data-testid="suggestions-drawer">
      <Typography.Paragraph type="secondary">{t('suggest.hint')}</Typography.Paragraph>
      {body}
    </Drawer>
  );
}
