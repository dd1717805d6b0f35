import { Empty, Space, Spin } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ConflictCard } from './ConflictCard';
import { syncKeys } from './syncQueries';

/** The conflicts waiting for the officer, oldest first; nothing of them is applied until they choose. */
export function ConflictsView() {
  const { t } = useTranslation('sync');
  const client = useQueryClient();
  const list = useQuery({ queryKey: syncKeys.conflicts, queryFn: () => call('sync.conflicts', {}) });
  if (list.isPending) return <Spin />;
  const conflicts = list.data?.conflicts ?? [];
  if (!conflicts.length) return <Empty description={t('conflicts.none')} data-testid="conflicts-empty" />;
  const refresh = () => void client.invalidateQueries({ queryKey: syncKeys.all });
  return (
    <Space orientation="vertical" className="conflict-list" data-testid="conflicts">
      {conflicts.map((c) => (
        <ConflictCard key={c.id} conflict={c} onResolved={refresh} />
      ))}
    </Space>
  );
}
