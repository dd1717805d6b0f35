import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestState } from '@shared/domain/request-states';

const COLORS: Record<RequestState, string> = {
  draft: 'default',
  pendingSync: 'gold',
  submitted: 'processing',
  platformCheck: 'processing',
  providerReview: 'processing',
  returned: 'orange',
  approved: 'green',
  rejected: 'error',
  delivering: 'cyan',
  active: 'green',
  expired: 'default',
  renewalRequested: 'processing',
  revoked: 'error',
  withdrawn: 'default',
  escalated: 'magenta',
};

/** A request's state in the officer's language (the shared `requests.state` labels). */
export function RequestStateTag({ state }: { state: RequestState }) {
  const { t } = useTranslation('messages');
  return (
    <Tag color={COLORS[state]} data-testid="request-state" data-state={state}>
      {t(`requests.state.${state}`)}
    </Tag>
  );
}
