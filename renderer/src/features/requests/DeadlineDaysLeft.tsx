import { Space, Typography } from 'antd';
import type { DeadlineView } from '@shared/ipc/channels/requests';
import { DeadlineTag } from '../requests-common/DeadlineTag';
import { useFormat } from '../../format/useFormat';

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

/** Deadlines one per line, each with its working days left. */
export function DeadlineDaysLeftList({ deadlines }: { deadlines: readonly DeadlineView[] }) {
  return (
    <Space direction="vertical" size={2}>
      {deadlines.map((c) => (
        <DeadlineDaysLeft key={c.step} deadline={c} />
      ))}
    </Space>
  );
}
