import './search.css';
import { useState } from 'react';
import { Alert, Input, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEARCH_SCOPES, type SearchFilters, type SearchResult, type SearchScope } from '@shared/ipc/channels/search';
import { FacetPanel } from './FacetPanel';
import { ResultList } from './ResultList';
import { SEARCH_PAGE, useSearch, useSearchFacets } from './useSearch';

interface Props {
  /** The scope searched at first; `scopes` lets the officer change it. */
  scope: SearchScope;
  scopes?: boolean;
  /** Shown while no query is typed (the shared catalogue screen's hint). */
  idle?: React.ReactNode;
  onOpen(result: SearchResult): void;
  /** The panel is part of another screen: results show only while a query is typed. */
  compact?: boolean;
}

/**
 * Search over names, summaries and item names, in Chinese (1–2 characters too), longer phrases
 * and pinyin (`rkjc`), with facets as filters. A new query clears the filters.
 */
export function SearchPanel({ scope: initialScope, scopes, idle, onOpen, compact }: Props) {
  const { t } = useTranslation('search');
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [scope, setScope] = useState<SearchScope>(initialScope);
  const [filters, setFilters] = useState<SearchFilters>({});
  const [page, setPage] = useState(0);
  const search = useSearch(q, scope, filters, page);
  const facets = useSearchFacets(q, scope, filters);
  const submit = (value: string) => {
    setQ(value);
    setFilters({});
    setPage(0);
  };
  const data = search.data;
  // Past its cap the page's count says "more than"; the facets' exact total replaces it when it
  // comes (never a placeholder kept from other filters).
  const exact = facets.data && !facets.isPlaceholderData ? facets.data.total : undefined;
  const total = data?.totalAtLeast && exact !== undefined ? exact : (data?.total ?? 0);
  const atLeast = Boolean(data?.totalAtLeast) && exact === undefined;
  return (
    <div className={compact ? 'search-panel compact' : 'search-panel'} data-testid="search-panel">
      <div className="search-bar">
        <Input.Search
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!e.target.value) submit('');
          }}
          onSearch={(v) => submit(v)}
          allowClear
          enterButton
          placeholder={t('placeholder')}
          maxLength={200}
          className="search-input"
          data-testid="search-input"
        />
        {scopes ? (
          <Segmented
            value={scope}
            onChange={(v) => {
              setScope(v as SearchScope);
              setPage(0);
            }}
            options={SEARCH_SCOPES.map((s) => ({ value: s, label: t(`scopeFilter.${s}`) }))}
            data-testid="search-scope"
          />
        ) : null}
      </div>
      {q ? (
        <div className="search-body">
          <FacetPanel
            facets={facets.data?.facets}
            loading={facets.isFetching}
            filters={filters}
            onChange={(f) => {
              setFilters(f);
              setPage(0);
            }}
          />
          <div className="search-main">
            <Typography.Text type="secondary" data-testid="search-total">
              {search.isError ? search.error.message : t(atLeast ? 'totalAtLeast' : 'total', { count: total, q })}
            </Typography.Text>
            {data?.pending ? <Alert type="info" showIcon data-testid="search-pending" title={t('pending', { count: data.pending })} /> : null}
            <ResultList
              results={data?.results ?? []}
              total={total}
              page={page}
              pageSize={SEARCH_PAGE}
              loading={search.isFetching}
              onPage={setPage}
              onOpen={onOpen}
            />
          </div>
        </div>
      ) : (
        idle ?? null
      )}
    </div>
  );
}
