import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Empty, Input, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '@shared/ipc/channels/notices';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDate, formatDateTime } from '../../format/date';

const DUE_COLORS: Record<NoticeView['deadlineStatus'], string> = { running: 'blue', dueSoon: 'orange', overdue: 'red', done: 'default' };

/** 通报整改: the authority's anomaly notices on this department's resources, answered offline through the outbox. */
export function NoticesScreen() {
  const { t } = useTranslation('notices');
  const list = useQuery({ queryKey: queryKeys.notices.of('list'), queryFn: () => call('notices.list', {}) });
  const [open, setOpen] = useState<string | undefined>();
  return (
    <div className="screen notices-screen">
      <div className="screen-toolbar">
        <div>
          <Typography.Title level={4} className="screen-title">
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      </div>
      {list.error ? <Typography.Text type="danger">{list.error.message}</Typography.Text> : null}
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.notices ?? []}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        onRow={(n) => ({ onClick: () => setOpen(n.id), style: { cursor: 'pointer' } })}
        data-testid="notices-table"
        columns={[
          { title: t('column.resource'), dataIndex: 'entryName' },
          { title: t('column.kind'), dataIndex: 'kind', render: (k: NoticeView['kind']) => t(`kind.${k}`) },
          { title: t('column.issuedAt'), dataIndex: 'issuedAt', render: (v: string) => formatDate(v) },
          { title: t('column.due'), render: (_: unknown, n: NoticeView) => <Tag color={DUE_COLORS[n.deadlineStatus]}>{t(`due.${n.deadlineStatus}`, { due: n.dueDate })}</Tag> },
          {
            title: t('column.state'),
            render: (_: unknown, n: NoticeView) => (
              <Space>
                <span data-testid="notice-state">{t(`state.${n.state}`)}</span>
                {n.answer?.late ? <Tag color="red">{t('late')}</Tag> : null}
              </Space>
            ),
          },
        ]}
      />
      {open ? <NoticeDrawer id={open} onClose={() => setOpen(undefined)} /> : null}
    </div>
  );
}

function NoticeDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('notices');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const notice = useQuery({ queryKey: queryKeys.notices.of('get', id), queryFn: () => call('notices.get', { id }) });
  // The officer's edits, else the saved draft.
  const [edited, setText] = useState<string | undefined>();
  const text = edited ?? notice.data?.draft ?? '';
  const owed = notice.data?.state === 'issued' || notice.data?.state === 'reopened';
  const done = () => void qc.invalidateQueries({ queryKey: queryKeys.notices.all });
  const draft = useMutation({ mutationFn: () => call('notices.saveDraft', { id, rectification: text }), onSuccess: () => (done(), void message.success(t('draftSaved'))), onError: (e) => void message.error(e.message) });
  const answer = useMutation({ mutationFn: () => call('notices.answer', { id, rectification: text }), onSuccess: () => (done(), void message.success(t('answered'))), onError: (e) => void message.error(e.message) });
  const n = notice.data;
  return (
    <Drawer open width={560} onClose={onClose} title={n?.entryName} data-testid="notice-drawer">
      {n ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('column.kind')}>{t(`kind.${n.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('evidence')}>{n.evidence}</Descriptions.Item>
            <Descriptions.Item label={t('column.due')}>
              <Tag color={DUE_COLORS[n.deadlineStatus]}>{t(`due.${n.deadlineStatus}`, { due: n.dueDate })}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('column.state')}>{t(`state.${n.state}`)}</Descriptions.Item>
            {n.conclusion ? <Descriptions.Item label={t('conclusion')}>{`${t(`event.${n.conclusion.result}`)} ${n.conclusion.note ?? ''}`}</Descriptions.Item> : null}
          </Descriptions>
          <Typography.Text strong>{t('history')}</Typography.Text>
          <Timeline
            items={n.history.map((h) => ({
              color: h.late ? 'red' : 'blue',
              children: `${formatDateTime(h.at)} ${t(`event.${h.type}`, { defaultValue: h.type })}${h.late ? ` (${t('late')})` : ''}${h.note ? ` — ${h.note}` : ''}`,
            }))}
          />
          {owed ? (
            <>
              <Typography.Text strong>{t('rectification')}</Typography.Text>
              <Input.TextArea rows={5} maxLength={4000} value={text} placeholder={t('rectificationPlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="notice-rectification" />
              <Space>
                <Button onClick={() => draft.mutate()} loading={draft.isPending}>
                  {t('saveDraft')}
                </Button>
                <Button type="primary" disabled={!text.trim()} onClick={() => answer.mutate()} loading={answer.isPending} data-testid="notice-answer">
                  {t('answer')}
                </Button>
              </Space>
            </>
          ) : null}
        </Space>
      ) : null}
    </Drawer>
  );
}
