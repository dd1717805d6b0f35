import { Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { DeadlineTag } from '../requests-common/DeadlineTag';

/**
 * The change deadlines (目录更新时限) of one entry while its update is under way: each step with its
 * due day, status, and the rule with its source in the tooltip. Nothing once the update is published.
 */
export function ChangeDeadlineTags({ entryId }: { entryId: string | undefined }) {
  const query = useQuery({
    queryKey: queryKeys.catalogue.of('changeDeadlines', entryId),
    queryFn: () => call('catalogue.changeDeadlines', { id: entryId! }),
    enabled: entryId !== undefined,
  });
  const deadlines = query.data?.entries[0]?.deadlines ?? [];
  if (!deadlines.some((d) => d.status !== 'done')) return null;
  return (
    <Space size={8} wrap data-testid="entry-change-deadlines">
      {deadlines.map((d) => (
        <DeadlineTag key={d.step} deadline={d} />
      ))}
    </Space>
  );
}
