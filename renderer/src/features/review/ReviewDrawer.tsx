import { useMemo, useState } from 'react';
import { Alert, App, Button, Divider, Drawer, Input, List, Space, Tooltip, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FieldComment, SubmittedEntry } from '@shared/protocol/records';
import { call } from '../../api/client';
import { QualityIssueList } from '../catalogue/quality/QualityIssueList';
import { ScoreBadge } from '../catalogue/quality/ScoreBadge';
import { useFieldLabel } from '../catalogue/quality/useFieldLabel';
import { reviewNotes } from '../catalogue/state/ReviewComments';
import { CommentComposer, type Draft } from './CommentComposer';
import { EntryFields } from './EntryFields';
import { commentableFields } from './fieldPaths';
import { useSubmittedQuality } from './useSubmittedQuality';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';

/**
 * One submitted entry under review: its quality report, its fields read-only, and the verdict —
 * approve, or return with at least one comment naming a field.
 */
export function ReviewDrawer({ entry, onClose }: { entry: SubmittedEntry | undefined; onClose(): void }) {
  const { t } = useTranslation('review');
  return (
    <Drawer open={entry !== undefined} onClose={onClose} size={880} title={entry ? t('queue.drawerTitle', { name: entry.entry.name }) : ''} destroyOnHidden data-testid="review-drawer">
      {entry ? <ReviewBody key={`${entry.id}:${entry.revision}`} entry={entry} onDone={onClose} /> : null}
    </Drawer>
  );
}

function ReviewBody({ entry, onDone }: { entry: SubmittedEntry; onDone(): void }) {
  const { t } = useTranslation('review');
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const fieldLabel = useFieldLabel();
  const quality = useSubmittedQuality(entry);
  const fields = useMemo(() => commentableFields(entry.entry), [entry]);
  const [comments, setComments] = useState<FieldComment[]>([]);
  const [draft, setDraft] = useState<Draft>({ text: '' });
  const [note, setNote] = useState('');
  const notes = useMemo(() => reviewNotes(comments), [comments]);

  const done = (key: 'approved' | 'returned') => {
    void message.success(t(`queue.${key}`, { name: entry.entry.name }));
    void client.invalidateQueries({ queryKey: queryKeys.review.all });
    onDone();
  };
  const onError = (err: Error) => {
    void message.error(err.message);
    void client.invalidateQueries({ queryKey: queryKeys.review.all });
  };
  const approve = useMutation({ mutationFn: () => call('review.approve', { id: entry.id, revision: entry.revision }), onSuccess: () => done('approved'), onError });
  const giveBack = useMutation({
    mutationFn: () => call('review.return', { id: entry.id, revision: entry.revision, comments, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: () => done('returned'),
    onError,
  });
  const add = () => {
    if (!draft.field || !draft.text.trim()) return;
    setComments((cs) => [...cs, { field: draft.field!, comment: draft.text.trim() }]);
    setDraft({ field: draft.field, text: '' });
  };
  const busy = approve.isPending || giveBack.isPending;

  return (
    <div className="review-body">
      <Space align="center" size="large" className="review-meta">
        {quality ? (
          <span data-testid="review-score" data-score={quality.score}>
            <ScoreBadge score={quality.score} size={48} />
          </span>
        ) : null}
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{entry.departmentName}</Typography.Text>
          <Typography.Text type="secondary">
            {t('queue.submittedMeta', { code: entry.code, at: formatDateTime(entry.submittedAt), revision: entry.revision })}
          </Typography.Text>
          {entry.reviewDueDate ? <Typography.Text type="secondary">{t('queue.due', { date: entry.reviewDueDate })}</Typography.Text> : null}
        </Space>
      </Space>
      <Typography.Title level={5}>{t('queue.quality')}</Typography.Title>
      <div data-testid="review-quality">
        <QualityIssueList issues={quality?.issues ?? []} onJump={(path) => setDraft((d) => ({ ...d, field: path }))} jumpLabel={t('queue.commentFinding')} />
      </div>
      <Divider />
      <EntryFields entry={entry.entry} notes={notes} onPick={(path) => setDraft((d) => ({ ...d, field: path }))} />
      <Divider />
      <Typography.Title level={5}>{t('queue.comments', { count: comments.length })}</Typography.Title>
      <CommentComposer fields={fields} draft={draft} onChange={setDraft} onAdd={add} />
      {comments.length ? (
        <List
          size="small"
          className="review-comment-list"
          dataSource={comments}
          renderItem={(c, i) => (
            <List.Item
              data-testid="review-draft-comment"
              actions={[
                <Button key="remove" type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => setComments((cs) => cs.filter((_, j) => j !== i))} aria-label={t('queue.removeComment')} />,
              ]}
            >
              <Typography.Text type="secondary" className="review-summary-field">
                {fieldLabel(c.field)}
              </Typography.Text>
              <Typography.Text>{c.comment}</Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Alert type="info" showIcon className="review-hint" title={t('queue.returnNeedsComment')} />
      )}
      <Input.TextArea
        className="review-note-input"
        placeholder={t('queue.notePlaceholder')}
        value={note}
        maxLength={2000}
        autoSize={{ minRows: 2, maxRows: 5 }}
        onChange={(e) => setNote(e.target.value)}
        data-testid="review-note"
      />
      <div className="review-actions">
        <Space>
          <Tooltip title={comments.length ? undefined : t('queue.returnNeedsComment')}>
            <Button danger disabled={!comments.length || busy} loading={giveBack.isPending} onClick={() => giveBack.mutate()} data-testid="review-return">
              {t('queue.return', { count: comments.length })}
            </Button>
          </Tooltip>
          <Button type="primary" disabled={busy} loading={approve.isPending} onClick={() =>
              // Approving drops the comments written: ask, so none is lost unnoticed.
              comments.length ? modal.confirm({ title: t('queue.approveDropsComments', { count: comments.length }), onOk: () => approve.mutate() }) : approve.mutate()
            }
            data-testid="review-approve"
          >
            {t('queue.approve')}
          </Button>
        </Space>
      </div>
    </div>
  );
}
