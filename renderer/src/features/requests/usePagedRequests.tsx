import { useMemo } from 'react';
import { Button, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Input, Output } from '@shared/ipc/contract';
import type { RequestView } from '@shared/ipc/channels/requests';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Rows a list page holds: the officer loads more below the table. */
export const REQUEST_LIST_PAGE = 50;

type Filters = Omit<Input<'requests.list'>, 'limit' | 'cursor'>;

/**
 * One request list read page by page (the core's keyset cursor). The counts and the total come with
 * every page, so the filter labels are right before the rows are all loaded; a change to any
 * request refetches the pages loaded so far (they sit under the `requests` root).
 */
export function usePagedRequests(key: string, filters: Filters) {
  const query = useInfiniteQuery({
    queryKey: queryKeys.requests.of('list', key, filters),
    queryFn: ({ pageParam }) => call('requests.list', { ...filters, limit: REQUEST_LIST_PAGE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Output<'requests.list'>) => last.nextCursor,
  });
  const rows = useMemo<RequestView[]>(() => query.data?.pages.flatMap((p) => p.requests) ?? [], [query.data]);
  const first = query.data?.pages[0];
  return { query, rows, total: first?.total ?? 0, counts: first?.counts };
}

/** Below a paged list: how many are shown of how many, and the button that loads the next page. */
export function LoadMore({ paged, testId }: { paged: ReturnType<typeof usePagedRequests>; testId: string }) {
  const { t } = useTranslation('requests');
  const { query, rows, total } = paged;
  if (!query.data || total === 0) return null;
  return (
    <div className="list-load-more" style={{ display: 'flex', gap: 12, alignItems: 'center', justifyContent: 'center', marginTop: 12 }}>
      <Typography.Text type="secondary" data-testid={`${testId}-shown`}>
        {t('list.shown', { shown: rows.length, total })}
      </Typography.Text>
      {query.hasNextPage ? (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage} data-testid={`${testId}-more`}>
          {t('list.loadMore')}
        </Button>
      ) : null}
    </div>
  );
}
