import { App, Button } from 'antd';
import { FileSearchOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

/**
 * Opens one of a request's files: the core fetches it from the platform when the workspace does
 * not hold it intact (checked against its sha256), then the system's program opens the cached copy.
 */
export function OpenAttachmentButton({ requestId, sha256 }: { requestId: string; sha256: string }) {
  const { t } = useTranslation('decisions');
  const { t: tc } = useTranslation('common');
  const { message } = App.useApp();
  const open = useMutation({
    mutationFn: async () => {
      const { path } = await call('attachments.open', { owner: { type: 'request', id: requestId }, sha256 });
      return call('shell.openPath', { path });
    },
    onSuccess: ({ opened }) => void (opened || message.warning(tc('openFile.refused'))),
    onError: (err) => void message.error(err.message),
  });
  return (
    <Button size="small" icon={<FileSearchOutlined />} loading={open.isPending} onClick={() => open.mutate()} data-testid={`attachment-open-${sha256.slice(0, 12)}`}>
      {t('detail.open')}
    </Button>
  );
}
