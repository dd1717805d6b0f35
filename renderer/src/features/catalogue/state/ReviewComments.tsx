import type { ReactNode } from 'react';
import { Alert, Button, List, Typography } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FieldComment, ReviewResult } from '@shared/protocol/records';
import { useFieldLabel } from '../quality/useFieldLabel';
import './state.css';
import { formatDate } from '../../../format/date';

/** The reviewer's comments by field path, for FieldNotesContext: shown under each field they name. */
export function reviewNotes(comments: readonly FieldComment[]): Map<string, ReactNode> {
  const byField = new Map<string, string[]>();
  for (const c of comments) byField.set(c.field, [...(byField.get(c.field) ?? []), c.comment]);
  return new Map([...byField].map(([field, texts]) => [field, <ReviewNote key={field} field={field} texts={texts} />]));
}

function ReviewNote({ field, texts }: { field: string; texts: string[] }) {
  const { t } = useTranslation('review');
  return (
    <div className="review-note" data-testid="review-comment" data-field-comment={field}>
      <CommentOutlined /> <span className="review-note-label">{t('officer.commentLabel')}</span>
      {texts.map((text, i) => (
        <span key={i} className="review-note-text">
          {text}
        </span>
      ))}
    </div>
  );
}

/** At the top of a returned entry: the reviewer's note and every field comment, each leading to its field. */
export function ReviewSummary({ review, onJump }: { review: ReviewResult; onJump(path: string): void }) {
  const { t } = useTranslation('review');
  const fieldLabel = useFieldLabel();
  return (
    <Alert
      type="warning"
      showIcon
      className="review-summary"
      data-testid="review-summary"
      title={t('officer.returnedTitle', { count: review.comments.length, at: formatDate(review.reviewedAt) })}
      description={
        <>
          {review.note ? <Typography.Paragraph className="review-summary-note">{review.note}</Typography.Paragraph> : null}
          <List
            size="small"
            dataSource={review.comments}
            renderItem={(c) => (
              <List.Item
                data-testid="review-summary-comment"
                actions={[
                  <Button key="jump" type="link" size="small" onClick={() => onJump(c.field)}>
                    {t('officer.jump')}
                  </Button>,
                ]}
              >
                <Typography.Text type="secondary" className="review-summary-field">
                  {fieldLabel(c.field)}
                </Typography.Text>
                <Typography.Text>{c.comment}</Typography.Text>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}

/** A submission the platform refused (e.g. DUPLICATE_NAME), with its reason in the platform's words. */
export function PlatformRefusal({ code, reason }: { code?: string; reason?: string }) {
  const { t } = useTranslation('review');
  return <Alert type="error" showIcon className="review-summary" data-testid="platform-refusal" data-code={code} title={t('officer.refusedTitle')} description={reason} />;
}
