import { Tag } from 'antd';
import type { EntryState } from '@shared/domain/enums';
import { useLabels } from '../useLabels';

export const STATE_COLORS: Record<EntryState, string> = {
  draft: 'default',
  ready: 'blue',
  submitted: 'processing',
  published: 'success',
  returned: 'error',
  changing: 'warning',
  retired: 'default',
};

/** An entry's life-cycle state (草稿, 待提交, 已提交 …) as a coloured tag. */
export function StateTag({ state }: { state: EntryState }) {
  const { enumLabel } = useLabels();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="entry-state" data-state={state}>
      {enumLabel('state', state)}
    </Tag>
  );
}
