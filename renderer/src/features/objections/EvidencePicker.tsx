import { Alert, Button, List, Space, Typography } from 'antd';
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ObjectionView } from '@shared/ipc/channels/objections';
import { call } from '../../api/client';
import { baseName } from '../requests/useRequestActions';
import { useErrorText } from '../sync/useErrorText';

type AttachmentView = ObjectionView['attachments'][number];

/**
 * Evidence for an objection: a file chosen in the native dialog is checked and stored by the core
 * (type by content, size capped) and kept until the objection is raised; a refusal is said here.
 */
export function EvidencePicker({ value, onChange }: { value: readonly AttachmentView[]; onChange(next: AttachmentView[]): void }) {
  const { t } = useTranslation('objections');
  const errorText = useErrorText();
  const add = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.openFile', { filters: ['pdf', 'jpg', 'png'] });
      if (!path) return null;
      return call('attachments.add', { role: 'evidence', fileName: baseName(path), source: { path } });
    },
    onSuccess: (a) => void (a && !value.some((v) => v.sha256 === a.sha256) && onChange([...value, a])),
  });
  return (
    <div data-testid="evidence">
      <Space>
        <Button icon={<PaperClipOutlined />} loading={add.isPending} onClick={() => add.mutate()} data-testid="evidence-add">
          {t('evidence.add')}
        </Button>
        <Typography.Text type="secondary">{t('evidence.hint')}</Typography.Text>
      </Space>
      {add.error ? <Alert type="error" showIcon style={{ marginTop: 8 }} title={errorText(add.error)} data-testid="evidence-error" /> : null}
      {value.length ? (
        <List
          size="small"
          dataSource={[...value]}
          rowKey="sha256"
          data-testid="evidence-list"
          renderItem={(a) => (
            <List.Item
              actions={[<Button key="remove" type="text" size="small" icon={<DeleteOutlined />} aria-label={t('evidence.remove')} onClick={() => onChange(value.filter((v) => v.sha256 !== a.sha256))} />]}
            >
              <AttachmentLine attachment={a} />
            </List.Item>
          )}
        />
      ) : null}
    </div>
  );
}

/** One stored file: name, type, size. */
export function AttachmentLine({ attachment: a }: { attachment: AttachmentView }) {
  const { t } = useTranslation('objections');
  return (
    <Space>
      <PaperClipOutlined />
      <Typography.Text>{a.fileName}</Typography.Text>
      <Typography.Text type="secondary">{t('evidence.meta', { type: a.type.toUpperCase(), size: Math.max(1, Math.round(a.size / 1024)) })}</Typography.Text>
    </Space>
  );
}
