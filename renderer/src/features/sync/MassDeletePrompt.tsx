import { Alert, App, Button } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '@shared/ipc/channels/sync';
import { call } from '../../api/client';
import { useErrorText } from './useErrorText';

/**
 * The fail-safe of a pull that would empty most of the cached shared catalogue: nothing is
 * removed until the officer confirms (docs/sync.md "Pull").
 */
export function MassDeletePrompt({ massDelete }: { massDelete: NonNullable<SyncState['massDelete']> }) {
  const { t } = useTranslation('sync');
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const confirm = useMutation({
    mutationFn: () => call('sync.confirmMassDelete', {}),
    onSuccess: (r) => void (r.failed && r.error ? message.error(errorText(r.error)) : message.success(t('massDelete.done'))),
    onError: (err) => void message.error(errorText(err)),
  });
  const ask = () =>
    modal.confirm({
      title: t('massDelete.confirmTitle'),
      content: t('massDelete.confirmBody', massDelete),
      okText: t('massDelete.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: () => confirm.mutateAsync(),
    });
  return (
    <Alert
      type="warning"
      showIcon
      title={t('massDelete.title', massDelete)}
      description={t('massDelete.body')}
      action={
        <Button danger size="small" loading={confirm.isPending} onClick={ask} data-testid="mass-delete-confirm">
          {t('massDelete.confirm')}
        </Button>
      }
      data-testid="mass-delete"
    />
  );
}
