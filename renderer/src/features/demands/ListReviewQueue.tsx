import { useState } from 'react';
import { App, Button, Drawer, Input, Select, Space, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReviewList } from '@shared/protocol/lists';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';

/** Keys of a row that are not a field the reviewer would comment on. */
const NOT_FIELDS = new Set(['id', 'entryId', 'matchedEntryId']);

const labelOf = (row: Record<string, unknown>) => [row.number ?? row.code, row.name].filter((v) => typeof v === 'string').join(' ');

/** One submission under review: its rows, a comment per row, accept or return; answers to demands sent for evaluation. */
function ListReviewDrawer({ submission, onClose }: { submission: ReviewList | undefined; onClose: () => void }) {
  const { t } = useTranslation('lists');
  const { t: tm } = useTranslation('messages');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [comments, setComments] = useState<Record<number, string>>({});
  const [fields, setFields] = useState<Record<number, string | undefined>>({});
  const [note, setNote] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const done = (s: ReviewList) => {
    void client.invalidateQueries({ queryKey: queryKeys.review.of('lists') });
    void message.success(tm(`lists.state.${s.state}`));
  };
  const close = () => {
    setComments({});
    setFields({});
    setNote('');
    setAnswers({});
    onClose();
  };
  const accept = useMutation({ mutationFn: (s: ReviewList) => call('lists.accept', { id: s.id, revision: s.revision, ...(note.trim() ? { note: note.trim() } : {}) }), onSuccess: (s) => (done(s), close()) });
  const ret = useMutation({
    mutationFn: (s: ReviewList) =>
      call('lists.return', {
        id: s.id,
        revision: s.revision,
        comments: Object.entries(comments)
          .filter(([, c]) => c.trim())
          .map(([row, comment]) => ({ row: Number(row), ...(fields[Number(row)] ? { field: fields[Number(row)] } : {}), comment: comment.trim() })),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (s) => (done(s), close()),
  });
  const answer = useMutation({
    mutationFn: ({ s, demandId }: { s: ReviewList; demandId: string }) => call('lists.answer', { id: s.id, demandId, revision: s.revision, answer: answers[demandId] ?? '' }),
    onSuccess: (s) => done(s),
  });
  const error = accept.error ?? ret.error ?? answer.error;
  const s = submission;
  return (
    <Drawer open={!!s} onClose={close} width={760} title={s ? `${s.departmentName} · ${tm(`lists.kind.${s.list}`)}` : ''} destroyOnHidden data-testid="list-review-drawer">
      {s ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Table<Record<string, unknown>>
            size="small"
            rowKey={(_, i) => String(i)}
            dataSource={s.rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="list-review-rows"
            columns={[
              { key: 'label', title: t('review.row'), render: (_, r) => labelOf(r) },
              {
                key: 'field',
                title: t('review.field'),
                width: 170,
                render: (_, r, i) => (
                  <Select
                    size="small"
                    allowClear
                    style={{ width: '100%' }}
                    aria-label={t('review.field')}
                    value={fields[i]}
                    onChange={(v?: string) => setFields((f) => ({ ...f, [i]: v }))}
                    options={Object.keys(r)
                      .filter((k) => !NOT_FIELDS.has(k))
                      .map((k) => ({ value: k, label: tm(`lists.column.${k}`, { defaultValue: k }) }))}
                    data-testid={`list-row-field-${i}`}
                  />
                ),
              },
              {
                key: 'comment',
                title: t('review.comment'),
                width: 320,
                render: (_, _r, i) => (
                  <Input
                    size="small"
                    value={comments[i] ?? ''}
                    aria-label={t('review.comment')}
                    onChange={(e) => setComments((c) => ({ ...c, [i]: e.target.value }))}
                    data-testid={`list-row-comment-${i}`}
                  />
                ),
              },
            ]}
          />
          {s.evaluations.length ? (
            <>
              <Typography.Title level={5}>{t('evaluations')}</Typography.Title>
              {s.evaluations.map((e) => (
                <Space key={e.demandId} style={{ width: '100%' }} data-testid={`list-evaluation-${e.demandId}`}>
                  <Typography.Text>{`${e.number} ${e.name}`}</Typography.Text>
                  <Input
                    size="small"
                    style={{ width: 320 }}
                    aria-label={t('review.answer')}
                    value={answers[e.demandId] ?? e.answer ?? ''}
                    onChange={(ev) => setAnswers((a) => ({ ...a, [e.demandId]: ev.target.value }))}
                    data-testid={`list-evaluation-answer-${e.demandId}`}
                  />
                  <Button size="small" onClick={() => answer.mutate({ s, demandId: e.demandId })} loading={answer.isPending} data-testid={`list-evaluation-send-${e.demandId}`}>
                    {t('review.sendAnswer')}
                  </Button>
                </Space>
              ))}
            </>
          ) : null}
          <Input.TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('review.note')} aria-label={t('review.note')} data-testid="list-review-note" />
          {error ? <Typography.Text type="danger">{error.message}</Typography.Text> : null}
          <Space>
            <Button type="primary" onClick={() => accept.mutate(s)} loading={accept.isPending} disabled={s.state !== 'submitted'} data-testid="list-review-accept">
              {t('review.accept')}
            </Button>
            <Button
              danger
              onClick={() => ret.mutate(s)}
              loading={ret.isPending}
              disabled={s.state !== 'submitted' || !Object.values(comments).some((c) => c.trim())}
              data-testid="list-review-return"
            >
              {t('review.return')}
            </Button>
          </Space>
        </Space>
      ) : null}
    </Drawer>
  );
}

/** 审核 → 清单: the lists departments submitted (demand, responsibility, open-data), oldest first. */
export function ListReviewQueue() {
  const { t } = useTranslation('lists');
  const { t: tm } = useTranslation('messages');
  const [open, setOpen] = useState<ReviewList>();
  const queue = useQuery({ queryKey: queryKeys.review.of('lists'), queryFn: () => call('lists.reviewQueue', { state: 'submitted' }) });
  return (
    <>
      <div className="review-toolbar">
        <Typography.Text type="secondary" data-testid="list-queue-total">
          {t('review.total', { count: queue.data?.total ?? 0 })}
        </Typography.Text>
        <Button icon={<ReloadOutlined />} loading={queue.isFetching} onClick={() => void queue.refetch()} data-testid="list-queue-refresh">
          {t('review.refresh')}
        </Button>
      </div>
      {queue.error ? <Typography.Text type="danger">{queue.error.message}</Typography.Text> : null}
      <Table<ReviewList>
        size="middle"
        rowKey="id"
        loading={queue.isPending}
        dataSource={queue.data?.submissions ?? []}
        data-testid="list-queue"
        locale={{ emptyText: t('review.empty') }}
        onRow={(row) => ({ onClick: () => setOpen(row), className: 'clickable-row' })}
        pagination={false}
        columns={[
          { key: 'list', title: t('review.list'), render: (_, r) => <Typography.Text strong>{tm(`lists.kind.${r.list}`)}</Typography.Text> },
          { key: 'department', title: t('review.department'), dataIndex: 'departmentName', width: 220 },
          { key: 'rows', title: t('review.rows'), dataIndex: 'rowCount', width: 90 },
          { key: 'submittedAt', title: t('review.submittedAt'), width: 160, render: (_, r) => formatDateTime(r.submittedAt) },
        ]}
      />
      <ListReviewDrawer submission={open} onClose={() => setOpen(undefined)} />
    </>
  );
}
