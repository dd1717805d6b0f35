import type { Change, ChangeKind, ChangeOf, CurrentVersion, OpAnswer, OperationKind, OperationPayloadInput } from '@shared/protocol/index';
import type { ChangedEntity as ChangedEntityName } from '@shared/ipc/contract';
import type { CoreContext } from '../context';
import type { Tx } from '../db/database';

/**
 * The sync registry (docs/sync.md "The registry"): what each feature sends and receives. Sync
 * carries operations and changes; it knows no feature. Each feature exports its registration from
 * its own `sync.ts`, and `core/registry.ts` assembles them into the one registry the engine gets.
 */

/** What an effect gets: the operation as queued. */
export interface KindOp {
  opId: string;
  kind: string;
  entityType: string;
  entityId: string;
  baseRevision: number;
  payload: Record<string, unknown>;
}

/** Who/when for revisions and audit. */
export interface EffectMeta {
  actor: string;
  at: string;
}

export interface StoredConflict extends KindOp {
  id: number;
  theirs: CurrentVersion;
}

/**
 * One operation kind's client effects (docs/sync.md "Operation kinds"). Every effect runs inside
 * the transaction that stores the answer and removes the operation from the outbox.
 */
export interface KindEffects {
  accepted?(tx: Tx, op: KindOp, answer: Extract<OpAnswer, { status: 'accepted' }>, meta: EffectMeta): Promise<void>;
  rejected?(tx: Tx, op: KindOp, answer: Extract<OpAnswer, { status: 'rejected' }>, meta: EffectMeta): Promise<void>;
  /** Extra local bookkeeping when a conflict is stored (the conflict row itself is sync's). */
  conflict?(tx: Tx, op: KindOp, current: CurrentVersion, meta: EffectMeta): Promise<void>;
  /** The fields a per-field merge chooses among (default: top-level keys that differ). */
  fields?(mine: Record<string, unknown>, theirs: Record<string, unknown>): string[];
  /** Take theirs: replace the local entity with the platform's version (audited by the caller). */
  takeTheirs?(tx: Tx, c: StoredConflict, meta: EffectMeta): Promise<void>;
  /** Merge: the payload to send again, built from mine and theirs by field; may update the local entity. */
  merge?(tx: Tx, c: StoredConflict, choice: Record<string, 'mine' | 'theirs'>, meta: EffectMeta): Promise<Record<string, unknown>>;
  /** Keep mine: anything to do locally before the operation is queued again (default: nothing). */
  keepMine?(tx: Tx, c: StoredConflict, meta: EffectMeta): Promise<void>;
}

/**
 * One operation kind as a feature registers it: the payload builder its handlers queue with (from
 * the feature's own record) and the answer effects. The payload's schema is the protocol's.
 */
export interface OperationRegistration<K extends OperationKind = OperationKind> extends KindEffects {
  // `never` arguments: each builder takes its feature's own record; the registry only names it.
  payload?: (...source: never[]) => OperationPayloadInput<K>;
}

/** What to tell the renderer once a page has committed: `workspace.changed` with these fields. */
export interface ChangedEntity {
  entity: ChangedEntityName;
  id?: string;
  action: string;
}

/** What an applier gets besides the change: the workspace's department, who/when, and the page's mode. */
export interface ApplyMeta extends EffectMeta {
  /** The workspace's department (decides my side of a request or an objection). */
  departmentCode: string;
  /** A full resync is running: the platform's word replaces what is cached, even at a lower revision. */
  resync: boolean;
  /** The officer confirmed a mass removal of the shared catalogue cache. */
  confirmed: boolean;
  /** Records what changed; the engine emits one `workspace.changed` per distinct record after the commit. */
  changed(what: ChangedEntity): void;
}

/**
 * One change-feed kind as a feature registers it. `apply` takes the changes one by one in feed
 * order; `applyPage` takes all of the page's changes of the kind at once (for a kind that keeps
 * only the latest per thing or guards the page as a whole). Kinds registered with the same
 * registration object get one `applyPage` call with all their changes, in feed order. Both run inside the page's
 * transaction, which also moves the cursor, and must be idempotent: a page may be pulled again.
 */
export type ChangeRegistration<K extends ChangeKind = ChangeKind> = (
  | { apply(tx: Tx, change: ChangeOf<K>, meta: ApplyMeta): Promise<void>; applyPage?: never }
  | { applyPage(tx: Tx, changes: readonly ChangeOf<K>[], meta: ApplyMeta): Promise<void>; apply?: never }
) & {
  /**
   * Work on the kind's changes of a pulled page that needs no database (e.g. the rows' JSON), run
   * as soon as the page arrives, while the previous page is still being written; the appliers get
   * the same change objects. It must change nothing the appliers read, and yield now and then.
   */
  prepare?(changes: readonly ChangeOf<K>[]): Promise<void>;
  /** Runs after a page holding this kind has committed (derived data, e.g. recomputed deadlines); never fails the pull. */
  after?(ctx: CoreContext): Promise<void>;
};

/** A full resync's bookkeeping, for a feature that caches what every department sees. */
export interface ResyncHooks {
  /** The resync starts from cursor 0: forget what the last one saw. */
  start(tx: Tx): Promise<void>;
  /** The feed's end in a resync: remove what the platform no longer has; returns how many were removed. */
  finish(tx: Tx, meta: Pick<ApplyMeta, 'confirmed'>): Promise<number>;
}

/** One feature's registration (its `sync.ts` exports one of these). */
export interface SyncRegistration {
  operations?: { [K in OperationKind]?: OperationRegistration<K> };
  changes?: { [K in ChangeKind]?: ChangeRegistration<K> };
  resync?: ResyncHooks;
}

/** The assembled registry the engine, push, pull and conflicts read. */
export interface SyncRegistry {
  effectsOf(kind: string): KindEffects;
  changeOf(kind: string): ChangeRegistration | undefined;
  /** Change kinds in the order their `applyPage` appliers run (page appliers before per-change ones). */
  readonly changeKinds: readonly ChangeKind[];
  readonly resync: readonly ResyncHooks[];
  /** Where an attachment's bytes are kept locally (the uploads read them). */
  attachmentPath(attachmentsDir: string, sha256: string): string;
}

/**
 * Assembles the registrations; a kind registered twice is a programming error. A kind without an
 * operation registration is still pushed (answers stored, conflicts kept, nothing else); a
 * change kind without an applier is refused at assembly, so no pulled change is ever dropped.
 */
export function buildRegistry(registrations: readonly SyncRegistration[], opts: { changeKinds: readonly ChangeKind[]; attachmentPath: SyncRegistry['attachmentPath'] }): SyncRegistry {
  const operations = new Map<string, KindEffects>();
  const changes = new Map<string, ChangeRegistration>();
  const resync: ResyncHooks[] = [];
  for (const r of registrations) {
    for (const [kind, reg] of Object.entries(r.operations ?? {})) {
      if (operations.has(kind)) throw new Error(`operation kind ${kind} registered twice`);
      operations.set(kind, reg as KindEffects);
    }
    for (const [kind, reg] of Object.entries(r.changes ?? {})) {
      if (changes.has(kind)) throw new Error(`change kind ${kind} registered twice`);
      changes.set(kind, reg as ChangeRegistration);
    }
    if (r.resync) resync.push(r.resync);
  }
  const missing = opts.changeKinds.filter((k) => !changes.has(k));
  if (missing.length) throw new Error(`change kinds without an applier: ${missing.join(', ')}`);
  const ordered = [...opts.changeKinds].sort((a, b) => Number(!changes.get(a)!.applyPage) - Number(!changes.get(b)!.applyPage));
  return {
    effectsOf: (kind) => operations.get(kind) ?? {},
    changeOf: (kind) => changes.get(kind),
    changeKinds: ordered,
    resync,
    attachmentPath: opts.attachmentPath,
  };
}

/** A page's changes by kind, and by registration (in the registry's order) those of the kinds it takes. */
function grouped(registry: SyncRegistry, changes: readonly Change[], has: (reg: ChangeRegistration) => boolean) {
  const byKind = new Map<ChangeKind, Change[]>();
  for (const c of changes) {
    const list = byKind.get(c.kind);
    if (list) list.push(c);
    else byKind.set(c.kind, [c]);
  }
  const kindsOf = new Map<ChangeRegistration, ChangeKind[]>();
  for (const kind of registry.changeKinds) {
    const reg = registry.changeOf(kind)!;
    if (has(reg) && byKind.has(kind)) kindsOf.set(reg, [...(kindsOf.get(reg) ?? []), kind]);
  }
  const regs = [...kindsOf].map(([reg, kinds]) => [reg, kinds.length === 1 ? byKind.get(kinds[0]!)! : changes.filter((c) => kinds.includes(c.kind))] as const);
  return { byKind, regs };
}

/** Runs the `prepare` hooks of a pulled page's kinds (before its transaction; see ChangeRegistration). */
export async function prepareChanges(registry: SyncRegistry, changes: readonly Change[]): Promise<void> {
  for (const [reg, list] of grouped(registry, changes, (r) => !!r.prepare).regs) await reg.prepare!(list as never);
}

/** Applies a list of pulled changes inside `tx`: page appliers first (kind by kind), then the rest in feed order. */
export async function applyChanges(registry: SyncRegistry, tx: Tx, changes: readonly Change[], meta: ApplyMeta): Promise<Set<ChangeKind>> {
  const { byKind, regs } = grouped(registry, changes, (r) => !!r.applyPage);
  for (const [reg, list] of regs) await reg.applyPage!(tx, list as never, meta);
  for (const c of changes) {
    const reg = registry.changeOf(c.kind);
    if (!reg) throw new Error(`no applier for change kind ${c.kind}`);
    if (reg.apply) await reg.apply(tx, c as never, meta);
  }
  return new Set(byKind.keys());
}

/** Top-level keys whose JSON differs between two versions. */
export function differingFields(mine: Record<string, unknown>, theirs: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  return [...keys].filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(theirs[k])).sort();
}
