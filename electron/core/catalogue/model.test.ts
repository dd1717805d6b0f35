import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../index';
import { loadMigrations, type Migration } from '../db/migrate';
import { Database } from '../db/database';
import { workspacePaths } from '../workspace/paths';
import { NON_DATA_EXAMPLES } from '@shared/domain/resource-kind.examples';
import { DEPARTMENT, call, fixedTime, callError, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';

/** A workspace built with a chosen list of migrations (initialisedCore takes the shipped ones). */
async function initialisedWith(dir: string, migrations: Migration[]): Promise<Core> {
  const core = createCore({ workspaceDir: dir, timeSource: fixedTime(), migrations });
  await core.ready;
  await call(core, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  return core;
}

describe('the full catalogue model in the workspace', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = await initialisedCore(dir);
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  it('stores every extension field and item flag, and renders the code from its parts', async () => {
    const entry = {
      ...sampleEntry(),
      classification: { scheme: 'national1272' as const, category: '1', item: '01', section: '002' },
      nameEn: 'Population',
      relatedCodes: ['1/A/000009'],
      sourceSystem: '人口管理系统',
      deploymentNetwork: 'extranet' as const,
      verticalSystem: true,
      storageGb: 1.5,
      recordCount: 0,
      theme: 'person' as const,
      dataGrade: 'important' as const,
      usageRequirements: '仅限履职使用',
      physicalDelete: false,
      items: [{ name: '公民身份号码', nameEn: 'sfzh', type: 'C' as const, length: '18', sensitive: true, desensitisation: '掩码', isKey: true }],
    };
    const created = await call(core, 'catalogue.create', { entry });
    expect(created.code).toBe(`101002/${DEPARTMENT.code}/000001`);
    const got = await call(core, 'catalogue.get', { id: created.id });
    const { items, ...rest } = entry;
    expect(got).toMatchObject(rest);
    expect(got.items).toEqual(items);
  });

  it('keeps the 顺序码 and follows the classification when it changes', async () => {
    const a = await call(core, 'catalogue.create', { entry: sampleEntry('甲') });
    const b = await call(core, 'catalogue.create', { entry: sampleEntry('乙') });
    expect([a.code, b.code]).toEqual([`${DEPARTMENT.code}/000001`, `${DEPARTMENT.code}/000002`]);
    const moved = await call(core, 'catalogue.update', {
      id: b.id,
      revision: 1,
      entry: { ...sampleEntry('乙'), code: b.code, classification: { scheme: 'national1272', category: '2', item: '03' } },
    });
    expect(moved.code).toBe(`203/${DEPARTMENT.code}/000002`);
  });

  it('keeps an explicit (legacy) code verbatim, parsed into parts, while it is sent back unchanged', async () => {
    const legacy = await call(core, 'catalogue.create', { entry: { ...sampleEntry(), code: '11000／a00034vg345' } });
    expect(legacy.code).toBe('11000/A00034VG345');
    const again = await call(core, 'catalogue.update', { id: legacy.id, revision: 1, entry: { ...sampleEntry('改名'), code: legacy.code } });
    expect(again.code).toBe('11000/A00034VG345');
    const quality = await call(core, 'catalogue.quality', { id: legacy.id });
    expect(quality.entries[0]?.issues.find((i) => i.path === 'code')).toMatchObject({ code: 'codeShort', severity: 'warning', confirm: true });
    // Confirmed by the officer: the shape is no longer flagged; the provider part still disagrees with the provider code.
    await call(core, 'catalogue.update', { id: legacy.id, revision: 2, entry: { ...sampleEntry('改名'), code: legacy.code, codeConfirmed: true } });
    const after = await call(core, 'catalogue.quality', { id: legacy.id });
    expect(after.entries[0]?.issues.filter((i) => i.path === 'code').map((i) => i.code)).toEqual(['codeInconsistent']);
  });

  it('refuses a code another entry uses, and writes nothing', async () => {
    const a = await call(core, 'catalogue.create', { entry: sampleEntry('甲') });
    const err = await callError(core, 'catalogue.create', { entry: { ...sampleEntry('乙'), code: ` ${a.code.toLowerCase()} ` } });
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.issues).toEqual([{ path: 'entry.code', code: 'catalogue.validation.codeTaken', message: `信息资源代码 ${a.code} 已被本目录其他条目使用` }]);
    expect((await call(core, 'catalogue.list', {})).total).toBe(1);
  });

  it('accepts non-data resources without data items where the profile allows them, and flags them where not', async () => {
    const app = { ...sampleEntry('政务服务App'), kind: 'application' as const, formatClass: 'serviceInterface' as const, formatType: 'H5', items: [], ...NON_DATA_EXAMPLES.application };
    const created = await call(core, 'catalogue.create', { entry: app });
    expect(created.kind).toBe('application');
    const q = await call(core, 'catalogue.quality', { id: created.id });
    // The test workspace is Yichuan: only data resources.
    expect(q.entries[0]?.issues.map((i) => i.code)).toContain('kindNotAllowed');
  });

  it('keeps every field of each non-data kind through a save and a read; a missing one is refused at its field', async () => {
    for (const [kind, fields] of Object.entries(NON_DATA_EXAMPLES)) {
      const input = { ...sampleEntry(`非数据资源 ${kind}`), kind: kind as keyof typeof NON_DATA_EXAMPLES, formatClass: 'serviceInterface' as const, formatType: 'REST', items: [], ...fields };
      const created = await call(core, 'catalogue.create', { entry: input });
      const read = await call(core, 'catalogue.get', { id: created.id });
      expect(read).toMatchObject({ kind, ...fields });
    }
    // Missing a kind's required field is refused at that field, and nothing is written.
    const before = (await call(core, 'catalogue.list', {})).total;
    const err = await callError(core, 'catalogue.create', { entry: { ...sampleEntry('缺设备数'), kind: 'iot', items: [], deviceLocation: '泵站' } });
    expect(err.details?.issues).toEqual([expect.objectContaining({ path: 'entry.deviceCount', code: 'validation.required' })]);
    expect((await call(core, 'catalogue.list', {})).total).toBe(before);
  });
});

describe('a workspace created before the full model', () => {
  it('migrates, and keeps the old version on the first save after', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const early = loadMigrations().filter((m) => m.id <= '20261122140100_catalogue');
      const old = await initialisedWith(dir, early);
      await old.close();
      // A row as the foundation's code wrote it, before the new columns and history existed.
      const db = await Database.open(workspacePaths(dir).db);
      const created = { id: 'old-1', code: `${DEPARTMENT.code}/000001` };
      await db.transaction((tx) =>
        tx.run(
          `INSERT INTO catalogue_entries (id, sequence, code, name, kind, provider, provider_code, summary, format_class, format_type,
             share_type, share_condition, open_type, update_cycle, state, revision, created_at, updated_at)
           VALUES ('old-1', 1, ?, '旧条目', 'data', ?, ?, '旧条目的摘要内容', 'database', 'KingbaseES', 'conditional', '仅限公安', 'none', 'daily', 'draft', 1, 't0', 't0')`,
          [created.code, DEPARTMENT.name, DEPARTMENT.code],
        ),
      );
      await db.transaction((tx) => tx.run("INSERT INTO data_items (entry_id, position, name, type, length) VALUES ('old-1', 1, '姓名', 'C', '50')"));
      await db.close();

      const core = await initialisedCore(dir);
      const updated = await call(core, 'catalogue.update', { id: created.id, revision: 1, entry: { ...sampleEntry('新条目'), dataGrade: 'general' } });
      expect(updated.code).toBe(created.code);
      const h = await call(core, 'catalogue.history', { id: created.id });
      expect(h.revisions.map((r) => [r.revision, r.entry.name])).toEqual([
        [2, '新条目'],
        [1, '旧条目'],
      ]);
      expect(h.revisions[0]?.changes).toEqual(
        expect.arrayContaining([{ path: 'name', before: '旧条目', after: '新条目' }, { path: 'dataGrade', after: 'general' }]),
      );
      await core.close();
    } finally {
      cleanup();
    }
  });
});
