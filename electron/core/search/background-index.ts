import type { CoreContext } from '../context';
import { indexPendingShared } from './shared-index';

/**
 * Entries per background transaction. A sync run or the officer's write that comes in waits for
 * the one in flight: 2,000 (the indexer's CHUNK) held the writer 0.25 s on a quiet machine and
 * 2 s on a loaded one, which made every sync run after a large first pull take 2 s; 250 keep that
 * wait to a few tens of milliseconds (a quiet machine) at the same throughput.
 */
export const BACKGROUND_CHUNK = 250;

/**
 * Indexes pulled shared entries in the background, chunk by chunk, once sync has stopped
 * writing: during a pull each chunk would only delay the next page. Started when the workspace
 * opens (entries left by an interrupted run) and after sync changed the shared catalogue; tells
 * the renderer with `workspace.changed {entity: 'sharedCatalogue', action: 'indexed'}` when done.
 */
export class SharedIndexer {
  private dirty = false;
  private syncing = false;
  private running: Promise<void> | undefined;

  constructor(private readonly ctx: CoreContext) {
    ctx.events.on('workspace.status', ({ state }) => {
      if (state === 'ready') this.kick();
    });
    ctx.events.on('workspace.changed', ({ entity, action }) => {
      if (entity === 'sharedCatalogue' && action !== 'indexed') this.kick();
    });
    ctx.events.on('sync.state', ({ state }) => {
      this.syncing = state === 'syncing';
      if (!this.syncing && this.dirty) this.kick();
    });
  }

  /** Asks for a pass; one runs at a time, and one more follows when asked during it. */
  kick(): void {
    this.dirty = true;
    if (this.running || this.syncing) return;
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.dirty && !this.syncing) this.kick();
    });
  }

  private async run(): Promise<void> {
    this.dirty = false;
    let indexed = 0;
    try {
      for (;;) {
        if (this.syncing) {
          this.dirty = true;
          break;
        }
        const n = await indexPendingShared(this.ctx.workspace().db, BACKGROUND_CHUNK);
        indexed += n;
        if (n === 0) break;
      }
    } catch (err) {
      // The workspace closed or switched under the pass: the list stays, the next open resumes it.
      this.ctx.logger.warn('background search indexing stopped', { error: String(err) });
      return;
    }
    if (indexed) this.ctx.events.emit('workspace.changed', { entity: 'sharedCatalogue', action: 'indexed' });
  }

  /** Resolves once the current pass (if any) is over. */
  async idle(): Promise<void> {
    await this.running;
  }
}
