import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestState } from '@shared/domain/request-states';

const COLORS: Record<RequestState, string> = {
  DRAFT: 'default',
  PENDING_SYNC: 'gold',
  SUBMITTED: 'processing',
  PLATFORM_CHECK: 'processing',
  PROVIDER_REVIEW: 'processing',
  RETURNED: 'warning',
  APPROVED: 'success',
  REJECTED: 'error',
  DELIVERING: 'cyan',
  ACTIVE: 'success',
  EXPIRED: 'default',
  RENEWAL_REQUESTED: 'processing',
  REVOKED: 'error',
  WITHDRAWN: 'default',
  ESCALATED: 'magenta',
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
