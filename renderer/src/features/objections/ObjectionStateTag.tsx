import { Tag } from 'antd';
import type { ObjectionView } from '@shared/ipc/channels/objections';

const STATE_COLORS: Partial<Record<ObjectionView['state'], string>> = { answered: 'success', confirmed: 'default', reopened: 'error', extended: 'warning', extensionRequested: 'warning' };

export function ObjectionStateTag({ state, label }: { state: ObjectionView['state']; label: string }) {
  return (
    <Tag color={STATE_COLORS[state] ?? 'processing'} data-testid="objection-state" data-state={state}>
      {label}
    </Tag>
  );
}
