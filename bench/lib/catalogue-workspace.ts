import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { UPDATE_CYCLES } from '@shared/domain/enums';
import { createCore } from '../../electron/core/index';
import { Connection, valuesPlaceholders, type SqlValue } from '../../electron/core/db/connection';
import { loadMigrations } from '../../electron/core/db/migrate';
import { workspacePaths } from '../../electron/core/workspace/paths';
import { cachedDir } from './cache';
import { dataItems, entryName, entrySummary, pick, prng } from './names';

/** Bump when the generated data changes shape, so cached workspaces are rebuilt. */
const GENERATOR_VERSION = 2;
const DEPARTMENT = { name: '丽水市数据资源管理局', code: '12320100671322000Q' };
const SQLITE_MAX_PARAMS = 32_766;

const FORMATS = [
  ['database', 'KingbaseES'], ['database', 'Dm'], ['database', 'oracle'], ['database', 'mysql'],
  ['spreadsheet', 'xlsx'], ['spreadsheet', 'et'],
] as const;
const SHARES = [
  ['unconditional', null], ['conditional', '仅限相关职能部门依法履职使用'], ['conditional', '需提供盖章的共享需求单'],
  ['none', '依据《中华人民共和国个人信息保护法》不予共享'],
] as const;
const STATES = ['published', 'published', 'published', 'draft', 'ready', 'submitted', 'returned', 'changing', 'retired'];

function hexId(rand: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Multi-row INSERTs of `rows` (objects with the same keys), as many rows per statement as SQLite allows. */
async function insertRows(conn: Connection, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const cols = Object.keys(first);
  const perStatement = Math.floor(SQLITE_MAX_PARAMS / cols.length);
  for (let i = 0; i < rows.length; i += perStatement) {
    const batch = rows.slice(i, i + perStatement);
    const params = batch.flatMap((r) => cols.map((c) => r[c] as SqlValue));
    await conn.run(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${valuesPlaceholders(batch.length, cols.length)}`, params);
  }
}

/**
 * Fills a workspace made by the core itself (so every shipped migration is applied) by cloning one
 * entry the core created: columns other features add later keep the core's own valid values.
 */
async function build(dir: string, entries: number, itemsPerEntry: number): Promise<void> {
  const timeSource = { now: () => new Date('2026-06-30T08:00:00.000Z') };
  const core = createCore({ workspaceDir: dir, timeSource });
  await core.ready;
  const init = await core.dispatch('workspace.init', { profileId: 'lishui', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  if (!init.ok) throw new Error(`init: ${init.error.message}`);
  const created = await core.dispatch('catalogue.create', {
    entry: {
      name: '模板', provider: DEPARTMENT.name, providerCode: DEPARTMENT.code, summary: '模板', formatClass: 'database', formatType: 'KingbaseES',
      shareType: 'unconditional', shareMethodClass: 'platform', shareMethodType: 'interface', openType: 'none', updateCycle: 'daily',
      items: dataItems(prng(1), itemsPerEntry),
    },
  });
  if (!created.ok) throw new Error(`template entry: ${created.error.message}`);
  await core.close();

  const paths = workspacePaths(dir);
  const conn = await Connection.open(paths.db);
  await conn.exec('PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;');
  const template = (await conn.get<Record<string, unknown>>('SELECT * FROM catalogue_entries')) ?? {};
  const itemTemplate = (await conn.get<Record<string, unknown>>('SELECT * FROM data_items')) ?? {};
  await conn.exec('DELETE FROM data_items; DELETE FROM catalogue_entries;');

  const rand = prng(20261122);
  const start = new Date('2025-01-01T00:00:00Z').getTime();
  const span = new Date('2026-06-30T00:00:00Z').getTime() - start;
  const CHUNK = 5_000;
  for (let from = 1; from <= entries; from += CHUNK) {
    const rows: Record<string, unknown>[] = [];
    const items: Record<string, unknown>[] = [];
    const audit: Record<string, unknown>[] = [];
    for (let seq = from; seq < Math.min(from + CHUNK, entries + 1); seq++) {
      const id = hexId(rand);
      const name = entryName(rand);
      const [formatClass, formatType] = pick(rand, FORMATS);
      const [shareType, shareCondition] = pick(rand, SHARES);
      const created = new Date(start + Math.floor(rand() * span)).toISOString();
      const updated = new Date(Math.min(start + span, new Date(created).getTime() + Math.floor(rand() * 90 * 86_400_000))).toISOString();
      rows.push({
        ...template, id, sequence: seq, code: `${DEPARTMENT.code}/${String(seq).padStart(6, '0')}`, name, summary: entrySummary(name),
        format_class: formatClass, format_type: formatType, share_type: shareType, share_condition: shareCondition,
        share_method_type: formatClass === 'database' ? 'interface' : 'file',
        update_cycle: pick(rand, UPDATE_CYCLES), state: pick(rand, STATES), revision: 1 + Math.floor(rand() * 3),
        created_at: created, updated_at: updated,
      });
      dataItems(rand, itemsPerEntry).forEach((item, i) => items.push({ ...itemTemplate, entry_id: id, position: i + 1, ...item }));
      audit.push({ at: created, actor: 'bench', action: 'catalogue.create', entity_type: 'catalogue_entry', entity_id: id, summary: name });
    }
    await conn.exec('BEGIN');
    await insertRows(conn, 'catalogue_entries', rows);
    await insertRows(conn, 'data_items', items);
    await insertRows(conn, 'audit_log', audit);
    await conn.exec('COMMIT');
  }
  await conn.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  await conn.close();
  rmSync(paths.backup, { force: true });

  // Opened and closed once by the core: with the early backup gone, the clean close writes the
  // backup of the full data that a real workspace has.
  const again = createCore({ workspaceDir: dir, timeSource });
  const status = await again.ready;
  if (status.state !== 'ready') throw new Error(`generated workspace does not open: ${JSON.stringify(status)}`);
  await again.close();
}

/** A closed, backed-up workspace of `entries` entries × `itemsPerEntry` data items, cached by content. */
export async function catalogueWorkspace(entries: number, itemsPerEntry: number): Promise<string> {
  const migrations = createHash('sha256').update(loadMigrations().map((m) => m.id + m.sql).join('\n')).digest('hex');
  const key = `catalogue-workspace v${GENERATOR_VERSION} ${entries}x${itemsPerEntry} migrations:${migrations}`;
  const t0 = Date.now();
  const { dir, built } = await cachedDir(key, (d) => build(d, entries, itemsPerEntry), { family: 'catalogue-workspace' });
  if (built) console.log(`  generated ${entries} entries × ${itemsPerEntry} items in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${dir}`);
  return dir;
}
