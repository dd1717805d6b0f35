import type { EntryState } from '@shared/domain/enums';
import { entryInputSchema } from '@shared/domain/entry';
import { itemsFromTableStructure } from '@shared/docking';
import { AppError, issuesFromZod } from '@shared/ipc/errors';
import { translate } from '@shared/i18n/messages';
import { getProfile } from '@shared/profiles';
import { hasErrors, issueMessageKey } from '@shared/quality';
import { reviewResultSchema } from '@shared/protocol/index';
import type { CoreContext, HandlerMap } from '../context';
import { enqueue } from '../sync/public';
import { catalogueScore, checkSaved, checkUnsaved, viewIssues, type Department, type EntryQuality } from './quality';
import { dockedDiffers, startChange } from './change-deadlines';
import { createEntry, deleteEntry, getEntry, listEntries, updateEntry } from './repository';
import { history, snapshotOf } from './revisions';
import { markSubmitted, transition } from './states';
import { ENTRY, submitPayload } from './sync';
import { auditSummary } from '@shared/i18n/audit-action';

type CatalogueChannel =
  | 'catalogue.list'
  | 'catalogue.stateCounts'
  | 'catalogue.get'
  | 'catalogue.create'
  | 'catalogue.update'
  | 'catalogue.delete'
  | 'catalogue.validate'
  | 'catalogue.quality'
  | 'catalogue.itemsFromDdl'
  | 'catalogue.history'
  | 'catalogue.restore'
  | 'catalogue.setState'
  | 'catalogue.submit'
  | 'catalogue.review';

/** Fields of a saved entry that are bookkeeping, not content: dropped when a snapshot is restored. */
const BOOKKEEPING = ['id', 'state', 'revision', 'createdAt', 'updatedAt'] as const;

export function catalogueHandlers(ctx: CoreContext): HandlerMap<CatalogueChannel> {
  const changed = (id: string, action: string) => ctx.events.emit('workspace.changed', { entity: 'catalogue', id, action });
  const department = (): Department => {
    const info = ctx.workspace().requireInfo();
    return { departmentCode: info.departmentCode, departmentName: info.departmentName, profile: getProfile(info.profileId) };
  };
  const meta = (action: string) => ({ action, actor: ctx.actor, at: ctx.workspace().now() });
  const view = (q: EntryQuality) => {
    const errors = q.issues.filter((i) => i.severity === 'error').length;
    return { ...(q.id ? { id: q.id } : {}), name: q.name, score: q.score, errors, warnings: q.issues.length - errors, issues: viewIssues(q.issues, ctx.locale) };
  };

  return {
    'catalogue.list': (input) => listEntries(ctx.workspace().db, input),

    'catalogue.stateCounts': async () => {
      const rows = await ctx.workspace().db.all<{ state: EntryState; n: number }>('SELECT state, count(*) AS n FROM catalogue_entries GROUP BY state');
      return { counts: Object.fromEntries(rows.map((r) => [r.state, r.n])) };
    },

    'catalogue.get': ({ id }) => getEntry(ctx.workspace().db, id),

    'catalogue.create': async ({ entry }) => {
      const ws = ctx.workspace();
      const owner = department();
      const entryId = await ctx.write(async (tx, audit) => {
        const id = await createEntry(tx, entry, owner.departmentCode, ws.now(), { actor: ctx.actor, profile: owner.profile });
        await audit('catalogue.create', 'catalogue_entry', id, entry.name);
        return id;
      });
      changed(entryId, 'create');
      return getEntry(ws.db, entryId);
    },

    'catalogue.update': async ({ id, revision, entry }) => {
      const ws = ctx.workspace();
      const owner = department();
      await ctx.write(async (tx, audit) => {
        await updateEntry(tx, id, revision, entry, ws.now(), { actor: ctx.actor, profile: owner.profile });
        await audit('catalogue.update', 'catalogue_entry', id, `${entry.name} (r${revision + 1})`);
      });
      changed(id, 'update');
      return getEntry(ws.db, id);
    },

    'catalogue.delete': async ({ id, revision }) => {
      await ctx.write(async (tx, audit) => {
        const name = await deleteEntry(tx, id, revision);
        await audit('catalogue.delete', 'catalogue_entry', id, name);
      });
      changed(id, 'delete');
      return { id };
    },

    'catalogue.validate': async ({ entry }) => {
      // reportInput: a field of the wrong type is invalid, only an absent one required.
      const parsed = entryInputSchema.safeParse(entry, { reportInput: true });
      if (parsed.success) return { issues: [] };
      return {
        issues: issuesFromZod(parsed.error).map((i) => ({ ...i, message: translate(i.code, ctx.locale) })),
      };
    },

    'catalogue.quality': async ({ id, entry }) => {
      const db = ctx.workspace().db;
      const dept = department();
      if (entry !== undefined) {
        const q = view(await checkUnsaved(db, dept, entry));
        return { score: q.score, entries: [q] };
      }
      if (id) await getEntry(db, id);
      const results = (await checkSaved(db, dept, id)).map(view);
      return { score: catalogueScore(results.map((r) => r.score)), entries: results };
    },

    'catalogue.itemsFromDdl': async ({ text, format, entryId }) => {
      const { items, problems } = itemsFromTableStructure(text, format);
      const out = {
        items,
        problems: problems.map((p) => ({ line: p.line, code: p.code, text: p.text, message: translate(`catalogue.docking.${p.code}`, ctx.locale, p.params) })),
      };
      if (!entryId || !items.length) return out;
      const ws = ctx.workspace();
      const entry = await getEntry(ws.db, entryId);
      // Only a published entry (or one already being changed) has a catalogue to keep up to date.
      if (entry.state !== 'published' && entry.state !== 'changing') return out;
      const differs = dockedDiffers(entry.items, items);
      if (!differs) return { ...out, differs };
      const changeStarted = await ctx.write(async (tx, audit) => {
        const started = await startChange(tx, entryId, 'docking', ws.now());
        if (started) await audit('catalogue.changeDetected', ENTRY, entryId, auditSummary('changeDetected', { name: entry.name }));
        return started;
      });
      if (changeStarted) changed(entryId, 'deadline');
      return { ...out, differs, changeStarted };
    },

    'catalogue.history': async ({ id }) => {
      const db = ctx.workspace().db;
      await getEntry(db, id);
      return { revisions: await history(db, id) };
    },

    'catalogue.restore': async ({ id, revision, current }) => {
      const ws = ctx.workspace();
      const owner = department();
      await ctx.write(async (tx, audit) => {
        const now = await getEntry(tx, id);
        if (current !== undefined && now.revision !== current) throw new AppError('CONFLICT', { current: now.revision, yours: current });
        const snapshot = await snapshotOf(tx, id, revision);
        if (!snapshot) throw new AppError('VALIDATION', {}, [{ path: 'revision', code: 'catalogue.validation.revisionMissing' }]);
        const content = Object.fromEntries(Object.entries(snapshot).filter(([k]) => !(BOOKKEEPING as readonly string[]).includes(k)));
        // Old snapshots are checked against today's rules: a restore never saves what a save would refuse.
        const parsed = entryInputSchema.safeParse(content, { reportInput: true });
        if (!parsed.success) throw new AppError('VALIDATION', {}, issuesFromZod(parsed.error).map((i) => ({ ...i, path: `entry.${i.path}` })));
        await updateEntry(tx, id, now.revision, parsed.data, ws.now(), { actor: ctx.actor, profile: owner.profile, action: `catalogue.restore:r${revision}` });
        await audit('catalogue.restore', 'catalogue_entry', id, `${snapshot.name} (r${revision} → r${now.revision + 1})`);
      });
      changed(id, 'restore');
      return getEntry(ws.db, id);
    },

    'catalogue.setState': async ({ id, revision, state }) => {
      const ws = ctx.workspace();
      const dept = department();
      await ctx.write(async (tx, audit) => {
        if (state === 'ready') {
          const [q] = await checkSaved(tx, dept, id);
          if (q && hasErrors(q.issues)) {
            const errors = q.issues.filter((i) => i.severity === 'error');
            const issues = errors.map((i) => ({ path: i.path, code: issueMessageKey(i), ...(i.params ? { params: i.params } : {}) }));
            throw new AppError('ENTRY_HAS_ERRORS', { count: issues.length }, issues);
          }
        }
        await transition(tx, id, state, 'officer', meta(`catalogue.setState:${state}`), revision);
        await audit('catalogue.setState', 'catalogue_entry', id, state);
      });
      changed(id, 'state');
      return getEntry(ws.db, id);
    },

    /** Submission to the platform: the entry moves to submitted and its operation is queued, together. */
    'catalogue.submit': async ({ id, revision }) => {
      const ws = ctx.workspace();
      const at = ws.now();
      await ctx.write(async (tx, audit) => {
        const entry = await getEntry(tx, id);
        if (entry.revision !== revision) throw new AppError('CONFLICT', { current: entry.revision, yours: revision });
        if (entry.state !== 'ready') throw new AppError('STATE_FORBIDS', { state: entry.state });
        // The platform may not hold classified resources: such an entry is kept, never queued.
        if (entry.dataGrade === 'classified') throw new AppError('ENTRY_CLASSIFIED');
        await markSubmitted(tx, id, { actor: ctx.actor, at });
        await enqueue(tx, { kind: 'catalogue.submit', entityType: ENTRY, entityId: id, payload: submitPayload(entry) }, at);
        await audit('catalogue.submit', ENTRY, id, entry.name);
      });
      changed(id, 'state');
      return getEntry(ws.db, id);
    },
    /** The platform's latest review of the entry, as pulled (catalogue/sync.ts). */
    'catalogue.review': async ({ id }) => {
      const row = await ctx.workspace().db.get<{ body: string }>('SELECT body FROM sync_reviews WHERE entry_id = ?', [id]);
      const review = row ? reviewResultSchema.safeParse(JSON.parse(row.body)) : undefined;
      return review?.success ? { review: review.data } : {};
    },
  };
}
