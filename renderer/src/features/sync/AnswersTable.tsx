import { useState } from 'react';
import { Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { outboxAnswerSchema } from '@shared/ipc/channels/sync';
import { queryKeys } from '../../api/queryKeys';
import { call } from '../../api/client';
import { formatDateTime } from '../../format/date';

type Answer = z.output<typeof outboxAnswerSchema>;
type Filter = 'all' | Answer['status'];

const COLORS: Record<Answer['status'], string> = { accepted: 'success', rejected: 'error', conflict: 'warning' };

/** The platform's recent answers, newest first; refusals with the platform's reason. */
export function AnswersTable() {
  const { t } = useTranslation('sync');
  const [filter, setFilter] = useState<Filter>('all');
  const list = useQuery({
    queryKey: queryKeys.sync.of('answers', filter),
    queryFn: () => call('outbox.answers', { ...(filter === 'all' ? {} : { status: filter }), limit: 200 }),
  });
  const columns: TableColumnsType<Answer> = [
    { key: 'answeredAt', title: t('answers.answeredAt'), width: 170, render: (_, a) => formatDateTime(a.answeredAt) },
    {
      key: 'status',
      title: t('answers.status'),
      width: 100,
      render: (_, a) => <Tag color={COLORS[a.status]}>{t(`answers.statuses.${a.status}`)}</Tag>,
    },
    { key: 'kind', title: t('outbox.kind'), width: 160, render: (_, a) => t(`kind.${a.kind}`, { defaultValue: a.kind }) },
    { key: 'entity', title: t('outbox.entity'), dataIndex: 'entityId', ellipsis: true },
    { key: 'revision', title: t('answers.revision'), width: 90, render: (_, a) => a.revision ?? '' },
    {
      key: 'reason',
      title: t('answers.reason'),
      ellipsis: true,
      render: (_, a) => (a.status === 'rejected' ? [a.code, a.reason].filter(Boolean).join(' · ') : ''),
    },
  ];
  return (
    <>
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        options={(['all', 'accepted', 'rejected', 'conflict'] as const).map((s) => ({ value: s, label: t(s === 'all' ? 'answers.all' : `answers.statuses.${s}`) }))}
        className="answers-filter"
        data-testid="answers-filter"
      />
      <Table<Answer>
        size="small"
        rowKey="opId"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.answers ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('answers.empty') }}
        data-testid="answers-table"
      />
    </>
  );
}
