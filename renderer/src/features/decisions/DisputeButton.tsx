import { useState } from 'react';
import { App, Button } from 'antd';
import { FlagOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { requestChannels, type RequestView } from '@shared/ipc/channels/requests';
import { call } from '../../api/client';
import { canEscalate } from './escalation';
import { ReasonRequiredModal } from './ReasonRequiredModal';

export { canEscalate };

/**
 * 提请争议协调 (松江): escalates a refused or overdue request to the coordinating office with its
 * record; renders nothing where the core would refuse. Mounted by the requester's screens too.
 */
export function DisputeButton({ request, onEscalated }: { request: RequestView; onEscalated?(disputeId: string): void }) {
  const { t } = useTranslation('decisions');
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  if (!canEscalate(request)) return null;
  const escalate = async (reason: string) => {
    try {
      const r = await call('disputes.escalate', { id: request.id, reason });
      void message.success(t('dispute.done', { name: request.entryName }));
      onEscalated?.(r.disputeId);
    } catch (err) {
      void message.error((err as Error).message);
      throw err;
    }
  };
  return (
    <>
      <Button icon={<FlagOutlined />} onClick={() => setOpen(true)} data-testid={`dispute-escalate-${request.id}`}>
        {t('dispute.action')}
      </Button>
      <ReasonRequiredModal
        open={open}
        title={t('dispute.title', { name: request.entryName })}
        label={t('dispute.reason')}
        okText={t('dispute.ok')}
        schema={requestChannels['disputes.escalate'].input}
        base={{ id: request.id }}
        testId="dispute-modal"
        onSubmit={escalate}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
