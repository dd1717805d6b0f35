import { Alert, Button, List, Space, Typography } from 'antd';
import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { OpenFileButton } from '../../app/OpenFileButton';
import type { useRequestActions } from './useRequestActions';
import { formatDate } from '../../format/date';

/** Where the core takes a sealed form: before (re)submission and before a renewal. */
const ATTACHABLE: readonly RequestView['state'][] = ['draft', 'returned', 'active', 'expired'];

/**
 * The 共享需求单 of a conditional resource: printed to PDF for sealing, and the sealed scan
 * attached (checked by content in the core; a wrong type or size is said here).
 */
export function SealedFormPanel({ request, actions }: { request: RequestView; actions: ReturnType<typeof useRequestActions> }) {
  const { t } = useTranslation('requests');
  const forms = request.attachments.filter((a) => a.role === 'sealedForm');
  const editable = ATTACHABLE.includes(request.state);
  return (
    <div className="request-sealed-form" data-testid="request-sealed-form">
      <Typography.Title level={5}>{t('detail.sealedForm')}</Typography.Title>
      <Typography.Paragraph type="secondary">{request.sealedFormRequired ? t('detail.sealedFormRequiredHint') : t('detail.sealedFormHint')}</Typography.Paragraph>
      <Typography.Paragraph data-testid="sealed-form-number">
        {request.formNumber ? <Typography.Text strong className="mono">{t('detail.formNumber', { number: request.formNumber })}</Typography.Text> : <Typography.Text type="secondary">{t('detail.formNumberPending')}</Typography.Text>}
      </Typography.Paragraph>
      <Space wrap>
        <Button icon={<FilePdfOutlined />} loading={actions.print.isPending} onClick={() => actions.print.mutate()} data-testid="request-print">
          {t('detail.print')}
        </Button>
        {editable ? (
          <Button icon={<PaperClipOutlined />} loading={actions.attach.isPending} onClick={() => actions.attach.mutate()} data-testid="request-attach">
            {t('detail.attach')}
          </Button>
        ) : null}
      </Space>
      {actions.print.data ? (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 8 }}
          title={t('detail.printedAt')}
          description={
            <Space wrap>
              <Typography.Text copyable className="mono" data-testid="request-pdf-path">
                {actions.print.data.path}
              </Typography.Text>
              <OpenFileButton path={actions.print.data.path} testId="request-pdf-open" />
            </Space>
          }
        />
      ) : null}
      {actions.attach.error ? <Alert type="error" showIcon style={{ marginTop: 8 }} title={actions.attach.error.message} data-testid="request-attach-error" /> : null}
      {forms.length ? (
        <List
          size="small"
          style={{ marginTop: 8 }}
          dataSource={forms}
          rowKey="sha256"
          data-testid="request-attachments"
          renderItem={(a) => (
            <List.Item>
              <Space>
                <PaperClipOutlined />
                <Typography.Text>{a.fileName}</Typography.Text>
                <Typography.Text type="secondary">{t('detail.attachmentMeta', { type: a.type.toUpperCase(), size: Math.max(1, Math.round(a.size / 1024)), at: formatDate(a.addedAt) })}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : null}
    </div>
  );
}
