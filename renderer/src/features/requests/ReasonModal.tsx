import { useState } from 'react';
import { Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';

/** Asks for an optional reason before an action (cancel, renew); the reason travels with it. */
export function ReasonModal({ title, open, onOk, onCancel, testId }: { title: string; open: boolean; onOk(reason: string): void; onCancel(): void; testId: string }) {
  const { t } = useTranslation('requests');
  const [reason, setReason] = useState('');
  return (
    <Modal
      open={open}
      title={title}
      destroyOnHidden
      afterOpenChange={(o) => void (o || setReason(''))}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': `${testId}-ok` } as ButtonProps}
      onOk={() => onOk(reason)}
    >
      <Input.TextArea
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('detail.reasonOptional')}
        aria-label={t('detail.reasonOptional')}
        autoSize={{ minRows: 2, maxRows: 5 }}
        maxLength={1000}
        data-testid={`${testId}-reason`}
      />
    </Modal>
  );
}
