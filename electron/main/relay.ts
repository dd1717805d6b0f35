/**
 * Request/response matching over a message port: each request gets an id, its answer settles the
 * matching promise, and a request left unanswered settles with `onTimeout`'s value instead of
 * hanging the caller. Used by main (calls to the core host) and by the host (key store calls to main).
 */
export class PendingRequests<T> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: T) => void; timer: ReturnType<typeof setTimeout> | undefined }>();

  constructor(private readonly onTimeout: (id: number) => T) {}

  /** A new request id and the promise its answer (or timeout) settles. `timeoutMs` 0 waits forever. */
  open(timeoutMs: number): { id: number; result: Promise<T> } {
    const id = this.nextId++;
    const result = new Promise<T>((resolve) => {
      const timer =
        timeoutMs > 0
          ? setTimeout(() => {
              if (this.pending.delete(id)) resolve(this.onTimeout(id));
            }, timeoutMs)
          : undefined;
      this.pending.set(id, { resolve, timer });
    });
    return { id, result };
  }

  /** Settles request `id`; false for an unknown id (a late answer after its timeout, or a stray). */
  settle(id: number, value: T): boolean {
    const entry = this.pending.get(id);
    if (!entry) return false;
    this.pending.delete(id);
    if (entry.timer) clearTimeout(entry.timer);
    entry.resolve(value);
    return true;
  }

  /** Settles every open request, e.g. when the other process has exited. */
  settleAll(value: (id: number) => T): void {
    for (const id of [...this.pending.keys()]) this.settle(id, value(id));
  }

  get size(): number {
    return this.pending.size;
  }
}
