import { useState } from 'react';
import { Alert, Button, Descriptions, Divider, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { DeliverySummary } from '../decisions/DeliverySummary';
import { DisputeButton } from '../decisions/DisputeButton';
import { DisputeSummary } from '../decisions/DisputeSummary';
import { LifecyclePanel } from '../decisions/LifecyclePanel';
import { DeadlineDaysLeftList } from './DeadlineDaysLeft';
import { ReasonModal } from './ReasonModal';
import { RequestHistory } from './RequestHistory';
import { RequestStateTag } from './RequestStateTag';
import { SealedFormPanel } from './SealedFormPanel';
import { useRequestActions } from './useRequestActions';
import { requestToValues } from './requestValues';
import { formatDate } from '../../format/date';
import { formatPhone } from '../../format/phone';
import { ShareTypeTag } from '../catalogue/ShareTypeTag';

/** Whether the sealed demand form the profile requires is attached (the core checks it again on submit). */
export function missingSealedForm(r: RequestView): boolean {
  return r.sealedFormRequired && !r.attachments.some((a) => a.role === 'sealedForm');
}

/** One request: its state, deadlines, fields, sealed form, actions and history. */
export function RequestDetails({ request: r, onEdit }: { request: RequestView; onEdit(): void }) {
  const { t } = useTranslation('requests');
  const { t: tm } = useTranslation('messages');
  const actions = useRequestActions(r.id);
  const [asking, setAsking] = useState<'cancel' | 'renew'>();
  const f = requestToValues(r);
  const blocked = missingSealedForm(r);
  const can = (a: RequestView['allowed'][number]) => r.allowed.includes(a);

  return (
    <div className="request-details" data-testid="request-details">
      <Space wrap style={{ marginBottom: 12 }}>
        <RequestStateTag state={r.state} />
        <ShareTypeTag shareType={r.shareType} />
        <Typography.Text type="secondary">{t('detail.provider', { name: r.providerName })}</Typography.Text>
        {r.formNumber ? (
          <Typography.Text type="secondary" className="mono" data-testid="request-form-number">
            {t('detail.formNumber', { number: r.formNumber })}
          </Typography.Text>
        ) : null}
      </Space>
      {r.refusal ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('detail.refusal')} description={r.refusal} data-testid="request-refusal" /> : null}
      {r.decision ? (
        <Alert
          type={r.decision.decision === 'approve' ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={t(`detail.decision.${r.decision.decision}`, { at: formatDate(r.decision.decidedAt) })}
          description={[r.decision.reason, r.decision.conditions, r.decision.desensitisation, r.decision.validUntil && t('detail.validUntil', { date: r.decision.validUntil })].filter(Boolean).join(t('detail.joiner')) || undefined}
          data-testid="request-decision"
        />
      ) : null}

      {r.dispute ? (
        <>
          <Typography.Title level={5}>{t('detail.dispute')}</Typography.Title>
          <DisputeSummary request={r} />
          <Divider />
        </>
      ) : null}

      <LifecyclePanel request={r} />
      {r.delivery ? (
        <>
          <Typography.Title level={5}>{t('detail.delivery')}</Typography.Title>
          <DeliverySummary delivery={r.delivery} />
          <Divider />
        </>
      ) : null}

      <Typography.Title level={5}>{t('detail.deadlines')}</Typography.Title>
      {r.deadlines.length ? (
<DeadlineDaysLeftList deadlines={r.deadlines} decision={r.decision} />
      ) : (
        <Typography.Text type="secondary">{t('detail.noDeadline')}</Typography.Text>
      )}

      <Divider />
      <Space wrap data-testid="request-actions">
        {r.state === 'draft' ? (
          <Button onClick={onEdit} data-testid="request-edit">
            {t('detail.edit')}
          </Button>
        ) : null}
        {can('submit') ? (
          <Button type="primary" disabled={blocked} loading={actions.submit.isPending} onClick={() => actions.submit.mutate()} data-testid="request-submit">
            {t('detail.submit')}
          </Button>
        ) : null}
        {can('renew') && !r.lifecycle.renewedBy ? (
          <Button onClick={() => setAsking('renew')} data-testid="request-renew">
            {t('detail.renew')}
          </Button>
        ) : null}
        <DisputeButton request={r} />
        {can('cancel') ? (
          <Button danger onClick={() => setAsking('cancel')} data-testid="request-cancel">
            {/* A draft was never sent: there is nothing to withdraw, only a draft to discard. */}
            {t(r.state === 'draft' ? 'detail.discard' : 'detail.cancel')}
          </Button>
        ) : null}
      </Space>
      {can('submit') && blocked ? <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('detail.submitBlocked')} data-testid="request-submit-blocked" /> : null}
      {actions.submit.error ? <Alert type="error" showIcon style={{ marginTop: 8 }} title={actions.submit.error.message} data-testid="request-submit-error" /> : null}

      {r.shareType === 'conditional' ? (
        <>
          <Divider />
          <SealedFormPanel request={r} actions={actions} />
        </>
      ) : null}

      <Divider />
      <Typography.Title level={5}>{t('detail.fields')}</Typography.Title>
      <Descriptions column={2} size="small" bordered data-testid="request-fields">
        <Descriptions.Item label={t('field.entry')} span={2}>
          {r.entryName} <span className="mono">{r.entryCode}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('field.items')} span={2}>
          {f.items?.length ? f.items.join(t('listSeparator')) : t('field.itemsAll')}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.purpose')} span={2}>
          {f.purpose}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.scenario')} span={2}>
          {f.scenario}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.basis')} span={2}>
          {t('detail.basis', { kind: f.basisKind ? tm(`demands.basisKind.${f.basisKind}`) : '', text: f.basisText })}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.shareMethod')}>{f.shareMethod ? tm(`requests.shareMethod.${f.shareMethod}`) : ''}</Descriptions.Item>
        <Descriptions.Item label={t('field.period')}>{t('detail.period', { from: f.periodFrom, to: f.periodTo })}</Descriptions.Item>
        <Descriptions.Item label={t('field.contact')} span={2}>
          {`${f.contactName} ${formatPhone(f.contactPhone)}`}
        </Descriptions.Item>
      </Descriptions>

      <Divider />
      <Typography.Title level={5}>{t('detail.history')}</Typography.Title>
      <RequestHistory id={r.id} />

      <ReasonModal
        open={asking !== undefined}
        title={asking ? t(asking === 'cancel' && r.state === 'draft' ? 'detail.discardTitle' : `detail.${asking}Title`, { name: r.entryName }) : ''}
        testId={`request-${asking ?? 'reason'}`}
        onCancel={() => setAsking(undefined)}
        onOk={(reason) => {
          if (asking) actions[asking].mutate(reason);
          setAsking(undefined);
        }}
      />
    </div>
  );
}
