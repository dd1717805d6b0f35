import nodePath from 'node:path';

/** `--workspace DIR` or `--workspace=DIR` among the process arguments (Chromium's own flags ignored). */
export function workspaceFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--workspace=')) return a.slice('--workspace='.length) || undefined;
    if (a === '--workspace') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
  }
  return undefined;
}

/**
 * The workspace the app opens: the command-line flag (resolved against the working directory),
 * else the last one used, else `<userData>/workspace`.
 */
export function chooseWorkspaceDir(argv: readonly string[], lastUsed: string | undefined, userData: string, cwd: string): string {
  const flag = workspaceFlag(argv);
  if (flag) return nodePath.resolve(cwd, flag);
  if (lastUsed) return lastUsed;
  return nodePath.join(userData, 'workspace');
}

/** The folder to remember after a `workspace.open` answer: one that opened, set up or not. */
export function openedWorkspaceDir(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const status = value as { state?: unknown; dir?: unknown; workspace?: { dir?: unknown } };
  if (status.state === 'ready' && typeof status.workspace?.dir === 'string') return status.workspace.dir;
  if (status.state === 'uninitialised' && typeof status.dir === 'string') return status.dir;
  return undefined;
}
