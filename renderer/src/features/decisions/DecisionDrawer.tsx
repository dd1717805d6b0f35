import { Alert, Divider, Drawer, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { DeadlineDaysLeftList } from '../requests/DeadlineDaysLeft';
import { RequestHistory } from '../requests/RequestHistory';
import { RequestStateTag } from '../requests/RequestStateTag';
import { DecisionForm } from './DecisionForm';
import { DecisionSummary } from './DecisionSummary';
import { DeliveryForm } from './DeliveryForm';
import { DeliverySummary } from './DeliverySummary';
import { DisputeButton } from './DisputeButton';
import { DisputeSummary } from './DisputeSummary';
import { IncomingDetails } from './IncomingDetails';
import { LifecyclePanel } from './LifecyclePanel';
import { queryKeys } from '../../api/queryKeys';

/** One incoming request: its deadlines, what was asked, the decision (to take or taken) and its history. */
export function DecisionDrawer({ id, onClose }: { id: string | undefined; onClose(): void }) {
  const { t } = useTranslation('decisions');
  const request = useQuery({ queryKey: queryKeys.requests.of('get', id), queryFn: () => call('requests.get', { id: id! }), enabled: !!id });
  const r = request.data;
  const decidable = !!r && r.role === 'provider' && (r.allowed.includes('approve') || r.allowed.includes('reject'));
  const deliverable = !!r && r.role === 'provider' && r.allowed.includes('deliver');
  return (
    <Drawer open={!!id} size={760} destroyOnHidden onClose={onClose} title={r ? t('drawer.title', { name: r.entryName }) : ''} data-testid="decision-drawer">
      {request.error ? <Alert type="error" showIcon title={request.error.message} /> : null}
      {r ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <RequestStateTag state={r.state} />
            <Typography.Text type="secondary">{t('drawer.from', { name: r.requesterName })}</Typography.Text>
            <DisputeButton request={r} />
          </Space>
          <Typography.Title level={5}>{t('drawer.deadlines')}</Typography.Title>
          {r.deadlines.length ? <DeadlineDaysLeftList deadlines={r.deadlines} decision={r.decision} /> : <Typography.Text type="secondary">{t('drawer.noDeadline')}</Typography.Text>}
          <Divider />
          <Typography.Title level={5}>{t('drawer.fields')}</Typography.Title>
          <LifecyclePanel request={r} />
          <IncomingDetails request={r} />
          <Divider />
          <Typography.Title level={5}>{t('drawer.decision')}</Typography.Title>
          {/* A renewal is decided again: the earlier decision stays visible above the form. */}
          {r.decision ? <DecisionSummary decision={r.decision} /> : null}
          {decidable ? <DecisionForm key={`${r.id}:${r.state}`} request={r} /> : null}
          {!decidable && !r.decision ? <Typography.Text type="secondary">{t('drawer.noDecision')}</Typography.Text> : null}
          {r.dispute ? (
            <>
              <Divider />
              <Typography.Title level={5}>{t('drawer.dispute')}</Typography.Title>
              <DisputeSummary request={r} />
            </>
          ) : null}
          {r.delivery || deliverable ? (
            <>
              <Divider />
              <Typography.Title level={5}>{t('drawer.delivery')}</Typography.Title>
              {r.delivery ? <DeliverySummary delivery={r.delivery} /> : <DeliveryForm key={`${r.id}:${r.state}`} request={r} />}
            </>
          ) : null}
          <Divider />
          <Typography.Title level={5}>{t('drawer.history')}</Typography.Title>
          <RequestHistory id={r.id} />
        </>
      ) : null}
    </Drawer>
  );
}
