import { useState } from 'react';
import { Button, Dropdown, Input, Modal, type ButtonProps } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DEMAND_TRANSITIONS, REASON_REQUIRED, type Demand, type DemandStatus } from '@shared/domain/demand';

/**
 * The statuses a demand may move to from where it is (the shared transition table). `matched`
 * comes from accepting a suggestion, so it is offered here only to return to a kept match.
 */
export function StatusMenu({ demand, onMove }: { demand: Demand; onMove(status: DemandStatus, reason?: string): void }) {
  const { t } = useTranslation('demands');
  const { t: tm } = useTranslation('messages');
  const [asking, setAsking] = useState<DemandStatus>();
  const [reason, setReason] = useState('');
  const targets = DEMAND_TRANSITIONS[demand.status].filter((s) => s !== 'matched' || demand.matchedEntryId);
  if (targets.length === 0) return null;
  const label = (s: DemandStatus) => t('status.to', { status: tm(`demands.status.${s}`) });
  const required = asking !== undefined && REASON_REQUIRED.includes(asking);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: targets.map((s) => ({ key: s, label: label(s), 'data-testid': `demand-status-${s}` })),
          onClick: ({ key }) => {
            setReason('');
            setAsking(key as DemandStatus);
          },
        }}
      >
        <Button size="small" data-testid={`demand-status-${demand.number}`}>
          {t('status.move')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={asking !== undefined}
        title={asking ? label(asking) : ''}
        onCancel={() => setAsking(undefined)}
        okButtonProps={{ disabled: required && !reason.trim(), 'data-testid': 'demand-status-ok' } as ButtonProps}
        onOk={() => {
          if (asking) onMove(asking, reason.trim() || undefined);
          setAsking(undefined);
        }}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={required ? t('status.reasonPlaceholder') : t('status.reasonOptional')}
          aria-label={required ? t('status.reasonTitle') : t('status.reasonOptional')}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={1000}
          data-testid="demand-status-reason"
        />
      </Modal>
    </>
  );
}
