import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryInputSchema, type EntryValues } from '@shared/domain/entry';
import { AppError } from '@shared/ipc/errors';
import { NON_DATA_EXAMPLES } from '@shared/domain/resource-kind.examples';
import { getProfile } from '@shared/profiles';
import { Database } from '../db/database';
import { loadMigrations, migrate } from '../db/migrate';
import { DEPARTMENT, sampleEntry, tempDir } from '../../../tests/helpers/core';
import { createEntries, createEntry, type SaveOptions } from './repository';

const NOW = '2026-03-02T09:00:00.000Z';
const OPTS: SaveOptions = { actor: 'officer-a', action: 'exchange.import', profile: getProfile('yichuan') };

/** Inputs covering what a save can hold: explicit and rendered codes, classification, every kind of extension, item flags. */
function inputs(n: number): EntryValues[] {
  return Array.from({ length: n }, (_, i) => entryInputSchema.parse(raw(i)) as EntryValues);
}

function raw(i: number): unknown {
  {
    const base = sampleEntry(`资源${i}`);
    switch (i % 5) {
      case 0:
        return base;
      case 1:
        return {
          ...base,
          classification: { scheme: 'national1272', category: '1', item: '02', section: '003' },
          relatedCodes: ['A/1', 'B/2'],
          verticalSystem: true,
          physicalDelete: false,
          storageGb: 1.5,
          recordCount: 120000,
          remarks: '',
          codeConfirmed: true,
          items: [
            { name: '身份证号', type: 'C', length: '18', sensitive: true, desensitisation: '脱敏', isKey: true, shareType: 'conditional', shareCondition: '条件' },
            { name: '金额', type: 'N', length: '10,2', isKey: false, openType: 'none' },
          ],
        } ;
      case 2:
        // An explicit code from a file: split into parts, kept as is.
        return { ...base, code: `${DEPARTMENT.code}/${String(500000 + i).padStart(6, '0')}` };
      case 3:
        return { ...base, providerCode: undefined, providerUnit: '科室', kind: i % 2 ? 'application' : 'iot', items: [], ...NON_DATA_EXAMPLES[i % 2 ? 'application' : 'iot'] };
      default:
        return { ...base, code: `11000／a00034vg${i}`, nameEn: 'Name', publishedOn: '2024-03-01' };
    }
  }
}
const valid = (name: string, extra: object = {}) => entryInputSchema.parse({ ...sampleEntry(name), ...extra }) as EntryValues;

interface Tables {
  entries: Record<string, unknown>[];
  items: Record<string, unknown>[];
  revisions: Record<string, unknown>[];
}

/** Every row of the three tables, ids replaced by sequence numbers and timestamps dropped. */
async function tables(db: Database): Promise<Tables> {
  const entries = await db.all<Record<string, unknown>>('SELECT * FROM catalogue_entries ORDER BY sequence');
  const seqOf = new Map(entries.map((e) => [e.id as string, e.sequence as number]));
  const strip = ({ id: _id, created_at: _c, updated_at: _u, ...rest }: Record<string, unknown>) => rest;
  const items = await db.all<Record<string, unknown>>('SELECT * FROM data_items');
  const revisions = await db.all<Record<string, unknown>>('SELECT * FROM catalogue_revisions');
  const snapshot = (s: string) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = JSON.parse(s) as Record<string, unknown>;
    // Key order matters to equality of the stored text; keep it visible in the comparison.
    return { keys: Object.keys(JSON.parse(s) as object), rest };
  };
  const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.key).localeCompare(String(b.key));
  return {
    entries: entries.map(strip),
    items: items
      .map(({ entry_id, ...rest }) => ({ key: `${String(seqOf.get(entry_id as string)).padStart(5, '0')}:${String(rest.position).padStart(5, '0')}`, ...rest }))
      .sort(byKey),
    revisions: revisions
      .map(({ entry_id, saved_at: _s, snapshot: s, ...rest }) => ({ key: seqOf.get(entry_id as string), ...rest, snapshot: snapshot(s as string) }))
      .sort((a, b) => Number(a.key) - Number(b.key)),
  };
}

describe('createEntries', () => {
  let cleanup: () => void;
  let one: Database;
  let many: Database;

  beforeEach(async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    one = await Database.open(join(t.dir, 'one.db'));
    many = await Database.open(join(t.dir, 'many.db'));
    for (const db of [one, many]) await migrate(db, loadMigrations(), NOW);
  });
  afterEach(async () => {
    await one.close();
    await many.close();
    cleanup();
  });

  it('writes exactly what as many createEntry calls write, over several batches', async () => {
    // A first entry in each, so that numbering continues from what is there.
    for (const db of [one, many]) await db.transaction((tx) => createEntry(tx, valid('已有'), DEPARTMENT.code, NOW, OPTS));
    const list = inputs(1203);
    const singleIds = await one.transaction(async (tx) => {
      const ids: string[] = [];
      for (const input of list) ids.push(await createEntry(tx, input, DEPARTMENT.code, NOW, OPTS));
      return ids;
    });
    const batchIds = await many.transaction((tx) => createEntries(tx, list, DEPARTMENT.code, NOW, OPTS));
    expect(batchIds).toHaveLength(list.length);
    expect(new Set(batchIds).size).toBe(list.length);
    // Handed out in ascending order, so the batch's rows fill the id-keyed B-trees in order.
    expect([...batchIds].sort()).toEqual(batchIds);
    const [a, b] = [await tables(one), await tables(many)];
    expect(b.entries).toHaveLength(list.length + 1);
    expect(b.items.length).toBeGreaterThan(list.length);
    expect(b.revisions).toHaveLength(list.length + 1);
    expect(b).toEqual(a);
    // The snapshot text itself, ids and timestamps aside, is the same string.
    const text = async (db: Database, id: string) => {
      const r = await db.get<{ snapshot: string; saved_at: string }>('SELECT snapshot, saved_at FROM catalogue_revisions WHERE entry_id = ?', [id]);
      return { saved: r?.saved_at, text: r?.snapshot.replaceAll(id, 'ID') };
    };
    for (const i of [0, 1, 2, 3, 4, 700]) expect(await text(many, batchIds[i] as string)).toEqual(await text(one, singleIds[i] as string));
    // The search triggers saw every new entry.
    const pending = await many.get<{ n: number }>('SELECT count(*) AS n FROM search_pending');
    expect(pending?.n).toBe(list.length + 1);
  });

  it('stores awkward item text exactly as createEntry does (quotes, backslashes, NUL, emoji, escapes, lone surrogates)', async () => {
    const names = ['引号"\'', '反斜杠\\ud800', 'NUL\u0000后', '😀表情', '\ud800孤', '尾\udc00', '  空格  ', '{"json":[1]}'];
    const list = [valid('文字', { items: names.map((name, i) => ({ name, type: 'C', length: String(i + 1), desensitisation: name })) })];
    await one.transaction((tx) => createEntry(tx, list[0] as EntryValues, DEPARTMENT.code, NOW, OPTS));
    await many.transaction((tx) => createEntries(tx, list, DEPARTMENT.code, NOW, OPTS));
    const [a, b] = [await tables(one), await tables(many)];
    expect(b.items).toEqual(a.items);
    // As bound strings are stored: trimmed by the schema, lone surrogates replaced, the rest as is.
    expect(b.items.map((i) => i.name)).toEqual(['引号"\'', '反斜杠\\ud800', 'NUL\u0000后', '😀表情', '\ufffd孤', '尾\ufffd', '空格', '{"json":[1]}']);
    expect(b.items.map((i) => i.length)).toEqual(names.map((_, i) => String(i + 1)));
  });

  it('refuses a code already in the catalogue or earlier in the batch, with createEntry’s error, writing nothing', async () => {
    const taken = `${DEPARTMENT.code}/000777`;
    await many.transaction((tx) => createEntry(tx, valid('甲', { code: taken }), DEPARTMENT.code, NOW, OPTS));
    const expectTaken = async (list: EntryValues[], code: string) => {
      const err = await many.transaction((tx) => createEntries(tx, list, DEPARTMENT.code, NOW, OPTS)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).issues).toEqual([{ path: 'entry.code', code: 'catalogue.validation.codeTaken', params: { code } }]);
    };
    await expectTaken([valid('乙'), valid('丙', { code: taken })], taken);
    const dup = `${DEPARTMENT.code}/000888`;
    await expectTaken([valid('乙', { code: dup }), valid('丙'), valid('丁', { code: dup })], dup);
    expect((await many.get<{ n: number }>('SELECT count(*) AS n FROM catalogue_entries'))?.n).toBe(1);
    expect((await many.get<{ n: number }>('SELECT count(*) AS n FROM catalogue_revisions'))?.n).toBe(1);
    expect(await many.transaction((tx) => createEntries(tx, [], DEPARTMENT.code, NOW, OPTS))).toEqual([]);
  });
});
