import { randomUUID } from 'node:crypto';
import type { ClassificationScheme } from '@shared/domain/classification';
import type { ImportIssue } from '@shared/exchange/grid';
import { parseGrids, type ParseResult } from '@shared/exchange/parse';
import type { ImportError, ImportPreview } from '@shared/ipc/channels/exchange';
import { AppError } from '@shared/ipc/errors';
import { translate, type Locale } from '@shared/i18n/messages';
import type { CoreContext } from '../context';
import type { EntryValues } from '@shared/domain/entry';
import { createEntries, updateEntry, type SaveOptions } from '../catalogue/public';
import { getProfile } from '@shared/profiles/index';
import { storeAttachment } from './attachments';
import { planImport, type Plan } from './diff';
import { readSource, type SourceFile } from './files';
import { readGrids } from './read';

/** Problems listed in a report at most; the rest are counted (a file can have 10,000). */
export const MAX_REPORTED_ERRORS = 1000;
/** Entries listed in a preview at most; the summary counts them all. */
export const MAX_LISTED_ENTRIES = 5000;

export interface ParsedFile {
  source: Omit<SourceFile, 'bytes'> & { size: number };
  parse: ParseResult;
  sheetOrder: string[];
}

/** Reads and parses a workbook. Throws only typed errors; cell problems are in `parse.issues`. */
export async function parseFile(source: SourceFile, scheme?: ClassificationScheme): Promise<ParsedFile> {
  const grids = await readGrids(source.bytes);
  const parse = parseGrids(grids, scheme);
  const { bytes, ...rest } = source;
  return { source: { ...rest, size: bytes.length }, parse, sheetOrder: grids.map((g) => g.name) };
}

/** Every issue of the file and the plan, in sheet, row and column order. */
export function allIssues(file: ParsedFile, plan?: Plan): ImportIssue[] {
  const fromPlan = new Set(plan?.issues ?? []);
  const issues = [...file.parse.issues, ...file.parse.entries.flatMap((e) => e.issues), ...fromPlan];
  const sheet = (name: string) => file.sheetOrder.indexOf(name);
  // `B` before `AA`: compare column letters as numbers.
  const col = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return issues.sort((a, b) => sheet(a.sheet) - sheet(b.sheet) || a.row - b.row || col(a.column) - col(b.column));
}

/**
 * A problem as the officer reads it: the column's header text, what is wrong, the value found,
 * what is allowed (labels, length, format) and the likely fix — never a code alone.
 */
export function inOfficersWords(i: ImportIssue, locale: Locale): string {
  const p = i.params ?? {};
  const base = translate(i.code, locale, p);
  // Parts the base message does not already say (missingColumn names its header itself).
  const said = (k: string) => base.includes(String(p[k]));
  const parts = [
    p.value !== undefined && !said('value') ? translate('exchange.where.value', locale, p) : '',
    p.max !== undefined && !said('max') ? translate('exchange.where.max', locale, p) : '',
    p.allowed !== undefined ? translate('exchange.where.allowed', locale, p) : '',
    p.format !== undefined ? translate('exchange.where.format', locale, p) : '',
    p.fix !== undefined ? translate('exchange.where.fix', locale, p) : '',
  ].filter(Boolean);
  const message = parts.length ? `${base}${locale === 'en' ? '; ' : '；'}${parts.join(locale === 'en' ? '; ' : '；')}` : base;
  return typeof p.header === 'string' && !said('header') ? translate('exchange.where.header', locale, { header: p.header, message }) : message;
}

export function translateIssues(issues: ImportIssue[], locale: Locale): { errors: ImportError[]; moreErrors: number } {
  const errors = issues.slice(0, MAX_REPORTED_ERRORS).map((i) => ({
    sheet: i.sheet,
    row: i.row,
    column: i.column,
    code: i.code,
    message: inOfficersWords(i, locale),
    ...(typeof i.params?.header === 'string' ? { header: i.params.header } : {}),
    ...(i.params?.value !== undefined ? { value: String(i.params.value) } : {}),
    ...(typeof i.params?.allowed === 'string' ? { allowed: i.params.allowed } : {}),
    ...(typeof i.params?.fix === 'string' ? { fix: i.params.fix } : {}),
  }));
  return { errors, moreErrors: Math.max(0, issues.length - MAX_REPORTED_ERRORS) };
}

export function previewOf(file: ParsedFile, plan: Plan, locale: Locale): ImportPreview {
  const count = (s: string) => plan.entries.filter((e) => e.status === s).length;
  return {
    sha256: file.source.sha256,
    layout: file.parse.layout ?? null,
    summary: {
      added: count('added'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      invalid: count('invalid'),
      resources: file.parse.entries.length,
      items: file.parse.items,
    },
    entries: plan.entries.slice(0, MAX_LISTED_ENTRIES).map((e) => ({
      sheet: e.parsed.sheet,
      row: e.parsed.rows[0] ?? 0,
      name: e.parsed.name.slice(0, 200),
      ...(e.parsed.code ? { code: e.parsed.code.slice(0, 100) } : {}),
      status: e.status,
      ...(e.id ? { id: e.id } : {}),
      changes: e.changes,
    })),
    ...translateIssues(allIssues(file, plan), locale),
  };
}

/** Parsed files kept at most, and for how long: a preview is normally applied within minutes. */
const CACHED_FILES = 2;
const CACHE_TTL_MS = 15 * 60_000;

/**
 * Keeps the last parsed files by content hash, so that the apply after a preview does not parse
 * the workbook a second time (the hash is still recomputed from the bytes on disk, which the
 * apply stores as the import's attachment anyway). Bounded in count and time: a parsed file of
 * 10,000 rows holds tens of MB.
 */
export class ParseCache {
  private readonly files = new Map<string, { file: ParsedFile; timer: NodeJS.Timeout }>();

  async get(source: SourceFile, scheme: ClassificationScheme): Promise<ParsedFile> {
    const key = `${source.sha256}:${scheme}`;
    const hit = this.files.get(key);
    if (hit) return hit.file;
    const file = await parseFile(source, scheme);
    // Only a weak reference in the timer: a cache nobody holds (a closed core's) goes with its files at once.
    const cache = new WeakRef(this);
    const timer = setTimeout(() => cache.deref()?.drop(key), CACHE_TTL_MS);
    timer.unref();
    this.files.set(key, { file, timer });
    while (this.files.size > CACHED_FILES) this.drop(this.files.keys().next().value as string);
    return file;
  }

  private drop(key: string): void {
    clearTimeout(this.files.get(key)?.timer);
    this.files.delete(key);
  }
}

/** The tree that splits classification codes: the workspace profile's first. */
function schemeOf(ctx: CoreContext): ClassificationScheme {
  const info = ctx.workspace().info;
  return (info && getProfile(info.profileId).classifications[0]) || 'national1272';
}

export async function preview(ctx: CoreContext, cache: ParseCache, path: string): Promise<ImportPreview> {
  const file = await cache.get(readSource(path), schemeOf(ctx));
  const plan = await planImport(ctx.workspace().db, file.parse.entries, new Set(file.parse.covered));
  return previewOf(file, plan, ctx.locale);
}

export interface ApplyResult {
  importId: string;
  sha256: string;
  added: number;
  changed: number;
  unchanged: number;
  invalid: number;
  resources: number;
  items: number;
}

/**
 * Applies a previewed file: all of it in one transaction with its audit records, or nothing. The
 * file must be the one previewed (same sha256) and free of problems, checked again at this moment.
 */
export async function apply(ctx: CoreContext, cache: ParseCache, path: string, expectSha256: string): Promise<ApplyResult> {
  const ws = ctx.workspace();
  const info = ws.requireInfo();
  const source = readSource(path);
  if (source.sha256 !== expectSha256) throw new AppError('EXCHANGE_FILE_CHANGED');
  const file = await cache.get(source, schemeOf(ctx));
  const fileIssues = allIssues(file);
  if (fileIssues.length || !file.parse.layout) throw new AppError('EXCHANGE_HAS_ERRORS', { count: Math.max(1, fileIssues.length) });
  // Content-addressed, so writing it before the transaction is harmless if the transaction fails.
  storeAttachment(ws.paths.attachments, source.sha256, source.bytes);
  const importId = randomUUID();
  const now = ws.now();
  // The repository records each revision; the import names itself as their action.
  const opts: SaveOptions = { actor: ctx.actor, action: 'exchange.import', profile: getProfile(info.profileId) };
  const counts = await ctx.write(async (tx, audit, auditMany) => {
    const plan = await planImport(tx, file.parse.entries, new Set(file.parse.covered));
    if (plan.issues.length) throw new AppError('EXCHANGE_HAS_ERRORS', { count: plan.issues.length });
    const c = { added: 0, changed: 0, unchanged: 0 };
    // Entries bringing their own code go first, so that no code rendered for another one takes it.
    const ordered = [...plan.entries].sort((a, b) => Number(!a.parsed.code) - Number(!b.parsed.code));
    // Consecutive added entries are created together (multi-row INSERTs), in the same order and
    // with the same audit records as one by one; an update between them ends the run.
    let run: EntryValues[] = [];
    const flush = async () => {
      if (!run.length) return;
      const ids = await createEntries(tx, run, info.departmentCode, now, opts);
      const created = run;
      await auditMany(ids.map((id, i) => ({ action: 'catalogue.create', entityType: 'catalogue_entry', entityId: id, summary: `${created[i]?.name ?? ''} (import ${importId})` })));
      c.added += ids.length;
      run = [];
    };
    for (const e of ordered) {
      if (e.status === 'added' && e.values) {
        // A code written in the file is kept (split into its parts by the repository).
        run.push(e.parsed.code ? { ...e.values, code: e.parsed.code } : e.values);
        continue;
      }
      if (e.status === 'changed' && e.values && e.id && e.revision !== undefined) {
        await flush();
        await updateEntry(tx, e.id, e.revision, e.values, now, opts);
        await audit('catalogue.update', 'catalogue_entry', e.id, `${e.values.name} (r${e.revision + 1}, import ${importId})`);
        c.changed++;
      } else c.unchanged++;
    }
    await flush();
    await tx.run(
      'INSERT INTO imports (id, at, actor, file_name, sha256, size, layout, added, changed, unchanged) VALUES (?,?,?,?,?,?,?,?,?,?)',
      [importId, now, ctx.actor, file.source.name, source.sha256, source.bytes.length, file.parse.layout as string, c.added, c.changed, c.unchanged],
    );
    await audit('exchange.import', 'import', importId, `${file.source.name}: +${c.added} ~${c.changed} =${c.unchanged}`);
    return c;
  });
  return { importId, sha256: source.sha256, ...counts, invalid: 0, resources: file.parse.entries.length, items: file.parse.items };
}
