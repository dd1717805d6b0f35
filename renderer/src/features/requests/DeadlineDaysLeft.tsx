import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineView, RequestView } from '@shared/ipc/channels/requests';
import { DeadlineTag } from '../requests-common/DeadlineTag';
import { stoppedByDecision } from '../requests-common/decided';
import { useFormat } from '../../format/useFormat';
import { formatDate } from '../../format/date';

/** A step the decision answered: no countdown, the day it was decided and whether on time. */
export function DecidedTag({ decision, step }: { decision: NonNullable<RequestView['decision']>; step?: string }) {
  const { t } = useTranslation('common');
  const { t: tr } = useTranslation('requests');
  return (
    <Space size={4} data-testid={step ? `deadline-${step}` : 'deadline-decided'} data-status="decided">
      {step ? <Typography.Text type="secondary">{tr(`deadline.step.${step}`, { defaultValue: step })}</Typography.Text> : null}
      <Tag color={decision.overdue ? 'warning' : 'success'}>{t(decision.overdue ? 'decided.late' : 'decided.onTime', { day: formatDate(decision.decidedAt) })}</Tag>
    </Space>
  );
}

/** A running deadline with its working days left (or past due) beside it: what a list is scanned for. */
export function DeadlineDaysLeft({ deadline }: { deadline: DeadlineView }) {
  const format = useFormat();
  const days = deadline.remainingWorkingDays;
  const running = deadline.status !== 'paused' && deadline.status !== 'done' && days !== undefined;
  return (
    <Space size={4} wrap>
      <DeadlineTag deadline={deadline} />
      {running ? (
        <Typography.Text type={days < 0 ? 'danger' : days <= 1 ? 'warning' : 'secondary'} data-testid="deadline-days-left">
          {format.workingDays(days)}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

/** Deadlines one per line, each with its working days left; a step the decision answered says so instead. */
export function DeadlineDaysLeftList({ deadlines, decision }: { deadlines: readonly DeadlineView[]; decision?: RequestView['decision'] }) {
  return (
    <Space direction="vertical" size={2}>
      {deadlines.map((c) => (decision && stoppedByDecision(c, decision) ? <DecidedTag key={c.step} decision={decision} step={c.step} /> : <DeadlineDaysLeft key={c.step} deadline={c} />))}
    </Space>
  );
}
