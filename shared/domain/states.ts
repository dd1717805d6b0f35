import type { EntryState, StateActor } from './enums';

/**
 * The life of a catalogue entry (草稿 → 待审核 → 已发布 → 变更中 → 已下线): the officer compiles
 * (draft), declares it complete (ready), sync submits it (submitted) and the platform publishes or
 * returns it; a published entry is changed (changing → ready → submitted …) or retired.
 * Each transition names who may make it: `sync` ones come only from the platform's answers.
 */
export const TRANSITIONS: Record<EntryState, Partial<Record<EntryState, StateActor>>> = {
  draft: { ready: 'officer' },
  ready: { draft: 'officer', submitted: 'sync' },
  submitted: { published: 'sync', returned: 'sync' },
  returned: { draft: 'officer', ready: 'officer' },
  published: { changing: 'officer', retired: 'officer' },
  changing: { ready: 'officer', retired: 'officer' },
  retired: {},
};

export function canTransition(from: EntryState, to: EntryState, actor: StateActor): boolean {
  return TRANSITIONS[from][to] === actor;
}

/** States in which the officer may edit the entry's content. */
export const EDITABLE_STATES: readonly EntryState[] = ['draft', 'ready', 'returned', 'changing'];

/**
 * The state after an edit: a `ready` or `returned` entry goes back to `draft` (it must be checked
 * and declared ready again); a `changing` one stays `changing`.
 */
export function stateAfterEdit(state: EntryState): EntryState {
  return state === 'changing' ? 'changing' : 'draft';
}

/** The states an officer can move an entry to from `from`. */
export function officerTargets(from: EntryState): EntryState[] {
  return (Object.entries(TRANSITIONS[from]) as [EntryState, StateActor][]).filter(([, a]) => a === 'officer').map(([s]) => s);
}
