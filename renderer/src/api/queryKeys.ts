import { CHANGED_ENTITIES, type ChangedEntity } from '@shared/ipc/contract';

/** Roots no `workspace.changed` names: refreshed by their own events (sync, outbox, status) or actions. */
const OTHER_ROOTS = ['workspace', 'outbox', 'sync', 'review', 'reminders', 'keyStore', 'entryForEdit'] as const;
type Root = ChangedEntity | (typeof OTHER_ROOTS)[number];

function rootKeys<R extends Root>(root: R) {
  return {
    /** Every query under the root: what invalidating the root refetches. */
    all: [root] as const,
    /** One query under the root. */
    of: <const P extends readonly unknown[]>(...parts: P) => [root, ...parts] as const,
  };
}

/**
 * Every query key of the renderer, by root. A root per changed entity of the contract, so a
 * `workspace.changed` event refetches exactly what sits under its entity (`changedKeys`); the other
 * roots hold what no such event concerns. `entryForEdit` is its own root on purpose: a change event
 * never swaps the editor's form under the officer's hands.
 */
export const queryKeys = Object.fromEntries([...CHANGED_ENTITIES, ...OTHER_ROOTS].map((root) => [root, rootKeys(root)])) as {
  [R in Root]: ReturnType<typeof rootKeys<R>>;
};

/** What a `workspace.changed` for `entity` makes stale. */
export function changedKeys(entity: ChangedEntity): readonly [ChangedEntity] {
  return queryKeys[entity].all;
}
