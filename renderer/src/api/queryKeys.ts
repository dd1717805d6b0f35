/** Query keys by entity, so a `workspace.changed` event for an entity refetches exactly its lists. */
export const queryKeys = {
  workspaceStatus: ['workspace', 'status'] as const,
  outboxCount: ['outbox', 'count'] as const,
  catalogue: ['catalogue'] as const,
  cataloguePage: (sort: string, order: string, page: number, size: number) => ['catalogue', 'page', sort, order, page, size] as const,
  /**
   * An entry opened for editing: outside the `catalogue` prefix on purpose, so a change event
   * never swaps the form under the officer's hands; `load` counts explicit reloads.
   */
  entryForEdit: (id: string, load: number) => ['entryForEdit', id, load] as const,
};
