/** Query keys by entity, so a `workspace.changed` event for an entity refetches exactly its lists. */
export const queryKeys = {
  workspaceStatus: ['workspace', 'status'] as const,
  outboxCount: ['outbox', 'count'] as const,
  catalogue: ['catalogue'] as const,
  cataloguePage: (sort: string, order: string, page: number, size: number) => ['catalogue', 'page', sort, order, page, size] as const,
  entry: (id: string) => ['catalogue', 'entry', id] as const,
};
