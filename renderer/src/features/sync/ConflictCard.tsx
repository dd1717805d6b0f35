import { useMemo, useState } from 'react';
import { App, Button, Card, Radio, Space, Table, Tag, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ConflictView } from '@shared/ipc/channels/sync';
import { call } from '../../api/client';
import { conflictRows, conflictTitle, type ConflictRow } from './conflictRows';
import { formatDateTime } from '../../format/date';
import { useConflictFieldLabel, useConflictValue } from './useConflictText';
import { useErrorText } from './useErrorText';

type Side = 'mine' | 'theirs';
type Resolution = { resolution: 'mine' } | { resolution: 'theirs' } | { resolution: 'merge'; fields: Record<string, Side> };

/**
 * One conflict: my version and the platform's, field by field, the differing ones marked. Keep
 * mine, take theirs (confirmed: it replaces the local entry) or choose per field and merge.
 */
export function ConflictCard({ conflict, onResolved }: { conflict: ConflictView; onResolved: () => void }) {
  const { t } = useTranslation('sync');
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const fieldLabel = useConflictFieldLabel();
  const valueText = useConflictValue();
  const rows = useMemo(() => conflictRows(conflict), [conflict]);
  const [choice, setChoice] = useState<Record<string, Side>>(() => Object.fromEntries(conflict.fields.map((f) => [f, 'mine' as Side])));

  const resolve = useMutation({
    mutationFn: (r: Resolution) => call('sync.resolveConflict', { id: conflict.id, ...r }),
    onSuccess: (_, r) => {
      void message.success(t(`conflicts.resolved.${r.resolution}`));
      onResolved();
    },
    onError: (err) => void message.error(errorText(err)),
  });

  const takeTheirs = () =>
    modal.confirm({
      title: t('conflicts.confirmTheirs.title'),
      content: t('conflicts.confirmTheirs.body', { name: conflictTitle(conflict), revision: conflict.theirs.revision }),
      okText: t('conflicts.theirs'),
      okButtonProps: { danger: true, 'data-testid': 'conflict-theirs-confirm' } as ButtonProps,
      cancelText: t('cancel'),
      onOk: () => resolve.mutateAsync({ resolution: 'theirs' }),
    });

  const columns: TableColumnsType<ConflictRow> = [
    {
      key: 'field',
      title: t('conflicts.field'),
      width: 180,
      render: (_, r) => (
        <Space size={4}>
          <Typography.Text strong={r.differs}>{fieldLabel(r.field)}</Typography.Text>
          {r.differs ? <Tag color="orange">{t('conflicts.differs')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'mine',
      title: t('conflicts.mine'),
      render: (_, r) => <span className="conflict-value" data-testid={`conflict-mine-${r.field}`}>{valueText(r.field, r.mine)}</span>,
    },
    {
      key: 'theirs',
      title: t('conflicts.theirsVersion', { revision: conflict.theirs.revision }),
      render: (_, r) => <span className="conflict-value" data-testid={`conflict-theirs-${r.field}`}>{valueText(r.field, r.theirs)}</span>,
    },
    {
      key: 'keep',
      title: t('conflicts.keep'),
      width: 200,
      render: (_, r) =>
        r.differs ? (
          <Radio.Group
            size="small"
            optionType="button"
            value={choice[r.field]}
            onChange={(e) => setChoice((c) => ({ ...c, [r.field]: e.target.value as Side }))}
            options={[
              { value: 'mine', label: t('conflicts.pickMine') },
              { value: 'theirs', label: t('conflicts.pickTheirs') },
            ]}
            data-testid={`conflict-pick-${r.field}`}
          />
        ) : null,
    },
  ];

  return (
    <Card
      size="small"
      className="conflict-card"
      data-testid={`conflict-${conflict.entityId}`}
      title={
        <Space wrap>
          <Typography.Text strong>{conflictTitle(conflict)}</Typography.Text>
          <Tag>{t(`kind.${conflict.kind}`, { defaultValue: conflict.kind })}</Tag>
          <Typography.Text type="secondary">
            {t('conflicts.revisions', { base: conflict.baseRevision, theirs: conflict.theirs.revision, when: formatDateTime(conflict.createdAt) })}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Button size="small" loading={resolve.isPending} onClick={() => resolve.mutate({ resolution: 'mine' })} data-testid="conflict-keep-mine">
            {t('conflicts.keepMine')}
          </Button>
          <Button size="small" danger loading={resolve.isPending} onClick={takeTheirs} data-testid="conflict-take-theirs">
            {t('conflicts.theirs')}
          </Button>
          <Button
            size="small"
            type="primary"
            loading={resolve.isPending}
            disabled={conflict.fields.length === 0}
            onClick={() => resolve.mutate({ resolution: 'merge', fields: choice })}
            data-testid="conflict-merge"
          >
            {t('conflicts.merge')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('conflicts.hint')}</Typography.Paragraph>
      <Table<ConflictRow>
        size="small"
        rowKey="field"
        pagination={false}
        columns={columns}
        dataSource={rows}
        rowClassName={(r) => (r.differs ? 'conflict-diff' : '')}
      />
    </Card>
  );
}
