import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '@shared/ipc/channels/requests';
import { formatDateTime } from '../../format/date';

/** A decision already taken (here, or by the platform), with its conditions and period. */
export function DecisionSummary({ decision: d }: { decision: NonNullable<RequestView['decision']> }) {
  const { t } = useTranslation('decisions');
  const rows = [
    {
      key: 'decision',
      label: t('decide.decision'),
      children: (
        <Tag color={d.decision === 'approve' ? 'success' : 'error'} data-testid="decision-taken" data-decision={d.decision}>
          {t(`decide.${d.decision}`)}
        </Tag>
      ),
    },
    { key: 'by', label: t('summary.by'), children: t(`summary.byWhom.${d.by}`, { at: formatDateTime(d.decidedAt) }) },
    ...(d.reason ? [{ key: 'reason', label: t('decide.reason'), children: d.reason }] : []),
    ...(d.conditions ? [{ key: 'conditions', label: t('decide.conditions'), children: d.conditions }] : []),
    ...(d.desensitisation ? [{ key: 'desensitisation', label: t('decide.desensitisation'), children: d.desensitisation }] : []),
    ...(d.validUntil ? [{ key: 'validUntil', label: t('decide.validUntil'), children: d.validUntil }] : []),
  ];
  return <Descriptions size="small" column={1} bordered items={rows} data-testid="decision-summary" />;
}
