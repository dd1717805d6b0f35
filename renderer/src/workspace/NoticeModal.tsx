import { useState } from 'react';
import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '@shared/ipc/contract';
import { useApiEvent } from '../api/useApiEvent';

type Notice = EventPayload<'workspace.notice'>;

/** Messages the officer must acknowledge (e.g. "restored from a backup"), one at a time, in order. */
export function NoticeModal() {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<Notice[]>([]);
  useApiEvent('workspace.notice', (notice) => setQueue((q) => [...q, notice]));
  const current = queue[0];
  return (
    <Modal
      open={current !== undefined}
      title={current ? t(`notice.${current.level}`) : undefined}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      okText={t('notice.acknowledge')}
      cancelButtonProps={{ style: { display: 'none' } }}
      onOk={() => setQueue((q) => q.slice(1))}
      data-testid="notice-modal"
    >
      {current ? t(`messages:error.${current.error.code}`, { ...current.error.details?.params, defaultValue: current.error.message }) : null}
    </Modal>
  );
}
