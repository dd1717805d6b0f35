import { useState } from 'react';
import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '@shared/ipc/contract';
import type { AppErrorData } from '@shared/ipc/errors';
import { useWorkspaceStatus } from '../../api/hooks';
import { useApiEvent } from '../../api/useApiEvent';

type Notice = EventPayload<'workspace.notice'>;

const keyOf = (error: AppErrorData) => `${error.code}:${JSON.stringify(error.details?.params ?? {})}`;

/**
 * Messages the officer must acknowledge (e.g. "restored from a backup"), one at a time. They come
 * as events, and are also kept in `workspace.status` for a page that loaded after they were sent.
 */
export function NoticeModal() {
  const { t } = useTranslation();
  const [pushed, setPushed] = useState<Notice[]>([]);
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  useApiEvent('workspace.notice', (notice) => setPushed((q) => [...q, notice]));
  const kept = useWorkspaceStatus().data?.notices ?? [];

  const seen = new Set<string>();
  const queue = [...kept.map((error): Notice => ({ level: 'warning', error })), ...pushed].filter((n) => {
    const key = keyOf(n.error);
    if (acknowledged.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const current = queue[0];

  return (
    <Modal
      open={current !== undefined}
      title={current ? t(`notice.${current.level}`) : undefined}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      okText={t('notice.acknowledge')}
      footer={(_, { OkBtn }) => <OkBtn />}
      onOk={() => current && setAcknowledged((a) => new Set(a).add(keyOf(current.error)))}
      data-testid="notice-modal"
    >
      <div data-testid="notice-message">
        {current ? t(`messages:error.${current.error.code}`, { ...current.error.details?.params, defaultValue: current.error.message }) : null}
      </div>
    </Modal>
  );
}
