import type { ReactNode } from 'react';
import { App, Button } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';

/** Opens a file the app wrote with the system's program; the shell refuses anything outside the workspace or print folder. */
export function OpenFileButton({ path, testId, label, size = 'small' }: { path: string; testId?: string; label?: ReactNode; size?: 'small' | 'middle' }) {
  const { t } = useTranslation('common');
  const { message } = App.useApp();
  const open = useMutation({
    mutationFn: () => call('shell.openPath', { path }),
    onSuccess: ({ opened }) => void (opened || message.warning(t('openFile.refused'))),
    onError: (err) => void message.error(err.message),
  });
  return (
    <Button size={size} icon={<FolderOpenOutlined />} loading={open.isPending} onClick={() => open.mutate()} data-testid={testId}>
      {label ?? t('openFile.open')}
    </Button>
  );
}
