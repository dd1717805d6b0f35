import { Alert, App, Button, Descriptions, List, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ListSubmissionView } from '@shared/ipc/channels/lists';
import type { ValidationIssue } from '@shared/ipc/errors';
import type { ListKind } from '@shared/protocol/lists';
import { call } from '../../api/client';
import { isApiError } from '../../api/ApiError';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../format/date';

const STATE_COLOR: Record<ListSubmissionView['state'], string> = { queued: 'default', submitted: 'processing', accepted: 'success', returned: 'warning', refused: 'error' };

/** `rows.3.legalBasis` → the row's number (from 1) and the field's column label. */
function useWhere() {
  const { t } = useTranslation('lists');
  const { t: tm } = useTranslation('messages');
  return (row: number | undefined, field: string | undefined) => {
    const column = field ? tm(`lists.column.${field.split('.')[0]}`, { defaultValue: field }) : undefined;
    return [row === undefined ? undefined : t('row', { row: row + 1 }), column].filter(Boolean).join(' · ');
  };
}

function rowOf(issue: ValidationIssue): { row?: number; field?: string } {
  const m = /^rows\.(\d+)(?:\.(.+))?$/.exec(issue.path);
  return m ? { row: Number(m[1]), ...(m[2] ? { field: m[2] } : {}) } : {};
}

/**
 * Reporting a list to the authority (docs/demands.md): submit it as it stands, export it to Excel,
 * and see the latest submission's state — the reviewer's comments at their rows, the answers to
 * demands the platform asked the authority to evaluate, or the platform's refusal at its rows.
 */
export function ListReport({ list }: { list: ListKind }) {
  const { t } = useTranslation('lists');
  const { t: tm } = useTranslation('messages');
  const { message } = App.useApp();
  const where = useWhere();
  const submissions = useQuery({ queryKey: queryKeys.lists.of('submissions', list), queryFn: () => call('lists.submissions', { list }) });
  const submit = useMutation({ mutationFn: () => call('lists.submit', { list }), onSuccess: () => void message.success(t('queued')) });
  const exporting = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.saveFile', { filters: ['xlsx'], defaultName: `${tm(`lists.kind.${list}`)}.xlsx` });
      return path ? call('lists.export', { list, path }) : undefined;
    },
    onSuccess: (r) => void (r && message.success(t('exported', { count: r.rows, path: r.path }))),
    onError: (e) => void message.error(e.message),
  });
  const latest = submissions.data?.submissions[0];
  const localIssues = isApiError(submit.error) ? submit.error.issues : [];

  return (
    <div className="list-report" data-testid={`list-report-${list}`} style={{ marginBottom: 12 }}>
      <Space wrap>
        <Button icon={<SendOutlined />} onClick={() => submit.mutate()} loading={submit.isPending} data-testid={`list-submit-${list}`}>
          {t('submit')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => exporting.mutate()} loading={exporting.isPending} data-testid={`list-export-${list}`}>
          {t('export')}
        </Button>
        {latest ? (
          <Typography.Text type="secondary">
            {t('latest', { at: formatDateTime(new Date(latest.submittedAt)), count: latest.rowCount })}{' '}
            <Tag color={STATE_COLOR[latest.state]} data-testid={`list-state-${list}`} data-state={latest.state}>
              {tm(`lists.state.${latest.state}`)}
            </Tag>
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('never')}</Typography.Text>
        )}
      </Space>
      {submit.error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          message={submit.error.message}
          data-testid={`list-errors-${list}`}
          description={
            localIssues.length ? (
              <ul className="list-issues">
                {localIssues.map((i) => {
                  const at = rowOf(i);
                  return <li key={i.path} data-path={i.path}>{t('commentLine', { where: where(at.row, at.field), comment: i.message })}</li>;
                })}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      {latest?.refusal ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          message={t('refused', { reason: latest.refusal.reason })}
          data-testid={`list-refusal-${list}`}
          description={
            <ul className="list-issues">
              {latest.refusal.issues.map((i) => (
                <li key={i.path} data-path={i.path}>{t('commentLine', { where: where(i.row, i.field), comment: i.message })}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {latest && (latest.note || latest.comments.length) ? (
        <Alert
          type={latest.state === 'returned' ? 'warning' : 'info'}
          showIcon
          style={{ marginTop: 8 }}
          message={latest.note ? t('reviewNote', { note: latest.note }) : t('reviewComments')}
          data-testid={`list-review-${list}`}
          description={
            latest.comments.length ? (
              <List
                size="small"
                dataSource={latest.comments}
                renderItem={(c, i) => (
                  <List.Item data-testid={`list-comment-${list}-${i}`}>
                    {t('commentLine', { where: `${c.label}${c.field ? ` · ${tm(`lists.column.${c.field}`, { defaultValue: c.field })}` : ''}`, comment: c.comment })}
                  </List.Item>
                )}
              />
            ) : undefined
          }
        />
      ) : null}
      {latest && Object.keys(latest.matches).length ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid={`list-matched-${list}`}>
          {t('matched', { count: Object.keys(latest.matches).length })}
        </Typography.Paragraph>
      ) : null}
      {latest?.evaluations.length ? (
        <Descriptions size="small" column={1} bordered style={{ marginTop: 8 }} title={t('evaluations')} data-testid={`list-evaluations-${list}`}>
          {latest.evaluations.map((e) => (
            <Descriptions.Item key={e.demandId} label={`${e.number} ${e.name}`}>
              {e.answer ?? <Typography.Text type="secondary">{t('awaitingAnswer')}</Typography.Text>}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
    </div>
  );
}
