import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../index';
import { loadMigrations, type Migration } from '../db/migrate';
import { DEPARTMENT, call, fixedTime, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';

/** A workspace built with a chosen list of migrations (initialisedCore takes the shipped ones). */
async function initialisedWith(dir: string, migrations: Migration[]): Promise<Core> {
  const core = createCore({ workspaceDir: dir, timeSource: fixedTime(), migrations });
  await core.ready;
  await call(core, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  return core;
}

/**
 * The shared-catalogue tables belong to the sync/search migration; these tests build the workspace
 * without it and create the minimal tables themselves, so 一数一源 is tested both before and after.
 */
const withoutShared = (): Migration[] => loadMigrations().filter((m) => !m.sql.includes('shared_catalogue_'));
const sharedTables: Migration = {
  id: '29990101000000_test_shared_catalogue',
  sql: `CREATE TABLE shared_catalogue_entries (id TEXT PRIMARY KEY, name TEXT NOT NULL, provider TEXT NOT NULL, provider_code TEXT);
        CREATE TABLE shared_catalogue_items (entry_id TEXT NOT NULL, name TEXT NOT NULL);
        INSERT INTO shared_catalogue_entries VALUES ('s1', '全员人口库', '县公安局', '11410329MB1234567X'), ('s2', '本局旧目录', '${DEPARTMENT.name}', '${DEPARTMENT.code}');
        INSERT INTO shared_catalogue_items VALUES ('s1', '公民身份号码'), ('s1', '备注'), ('s2', '姓名');`,
};

describe('catalogue.quality', () => {
  let cleanup = () => {};
  let core: Core | undefined;
  afterEach(async () => {
    await core?.close();
    cleanup();
  });
  const open = async (migrations: Migration[]) => {
    const t = tempDir();
    cleanup = t.cleanup;
    core = await initialisedWith(t.dir, migrations);
    return core;
  };

  it('scores each entry and the catalogue, and finds duplicates across it', async () => {
    const c = await open(withoutShared());
    const a = await call(c, 'catalogue.create', { entry: sampleEntry('人口基础信息') });
    await call(c, 'catalogue.create', { entry: sampleEntry('人口 基础信息。') });
    const all = await call(c, 'catalogue.quality', {});
    expect(all.entries).toHaveLength(2);
    for (const e of all.entries) {
      expect(e.issues.map((i) => i.code)).toContain('duplicateName');
      expect(e.score).toBe(Math.max(0, 100 - 20 * e.errors - 5 * e.warnings));
    }
    expect(all.score).toBe(Math.round((all.entries[0]!.score + all.entries[1]!.score) / 2));
    const one = await call(c, 'catalogue.quality', { id: a.id });
    expect(one.entries.map((e) => e.id)).toEqual([a.id]);
    const dup = one.entries[0]?.issues.find((i) => i.code === 'duplicateName');
    expect(dup).toMatchObject({ severity: 'error', path: 'name', message: '与本目录中的“人口 基础信息。”重名（忽略标点、空格和全半角后相同）' });
    // Messages are translated: the sensitive-item suggestion per kind.
    const sensitive = one.entries[0]?.issues.filter((i) => i.code === 'sensitiveItem').map((i) => `${i.path}:${i.message}`);
    expect(sensitive).toEqual([
      'items.0.sensitive:疑似个人姓名：建议设为有条件共享，并填写脱敏说明',
      'items.1.sensitive:疑似证件号码：建议设为有条件共享，并填写脱敏说明',
    ]);
  });

  it('checks an unsaved draft, including one that does not parse', async () => {
    const c = await open(withoutShared());
    await call(c, 'catalogue.create', { entry: sampleEntry('人口基础信息') });
    const draft = await call(c, 'catalogue.quality', { entry: { ...sampleEntry('人口基础信息') } });
    expect(draft.entries[0]?.issues.map((i) => i.code)).toContain('duplicateName');
    const broken = await call(c, 'catalogue.quality', { entry: { name: '' } });
    expect(broken.entries[0]?.issues.filter((i) => i.severity === 'error').map((i) => `${i.path}:${i.code}`)).toEqual(
      expect.arrayContaining(['name:validation.required', 'summary:validation.required']),
    );
    expect(broken.entries[0]?.issues[0]?.message).toBe('必填');
  });

  it('works without the shared-catalogue tables: no 一数一源 findings', async () => {
    const c = await open(withoutShared());
    const e = await call(c, 'catalogue.create', { entry: sampleEntry() });
    const q = await call(c, 'catalogue.quality', { id: e.id });
    expect(q.entries[0]?.issues.map((i) => i.code)).not.toContain('alreadyProvided');
  });

  it('warns 一数一源 from the cached shared catalogue, not for the department’s own entries', async () => {
    const c = await open([...withoutShared(), sharedTables]);
    const e = await call(c, 'catalogue.create', { entry: { ...sampleEntry(), items: [...sampleEntry().items!, { name: '备注', type: 'C', length: '200' }] } });
    const q = await call(c, 'catalogue.quality', { id: e.id });
    const found = q.entries[0]?.issues.filter((i) => i.code === 'alreadyProvided');
    expect(found).toEqual([
      {
        code: 'alreadyProvided',
        severity: 'warning',
        path: 'items.1.name',
        params: { provider: '县公安局', entry: '全员人口库', more: 0 },
        message: '“全员人口库”（县公安局）已提供此信息项，建议申请共享而不是重复采集',
      },
    ]);
  });

  it('flags a name the department has already published, whether the entry is local or only in the shared catalogue', async () => {
    const c = await open([...withoutShared(), sharedTables]);
    // 本局旧目录 is the department's own, published on the platform and not (yet) in this workspace.
    const draft = await call(c, 'catalogue.quality', { entry: { ...sampleEntry('本局 旧目录') } });
    expect(draft.entries[0]?.issues.filter((i) => i.path === 'name').map((i) => [i.code, i.severity, i.message])).toEqual([
      ['publishedNameTaken', 'error', '与本部门已在平台发布的“本局旧目录”重名，平台会退回；请改名，或在已发布的条目上发起变更'],
    ]);
    // Another department's entry of that name is no clash: names are unique per provider.
    const other = await call(c, 'catalogue.quality', { entry: { ...sampleEntry('全员人口库') } });
    expect(other.entries[0]?.issues.map((i) => i.code)).not.toContain('publishedNameTaken');
  });

  it('reports NOT_FOUND for an unknown id', async () => {
    const c = await open(withoutShared());
    const r = await c.dispatch('catalogue.quality', { id: 'nope' });
    expect(r.ok ? undefined : r.error.code).toBe('NOT_FOUND');
  });
});

describe('catalogue.itemsFromDdl', () => {
  it('returns items and translated problems, and refuses oversized input', async () => {
    const t = tempDir();
    const core = await initialisedCore(t.dir);
    try {
      const r = await call(core, 'catalogue.itemsFromDdl', {
        format: 'sql',
        text: "CREATE TABLE t_rk (\n  sfzh varchar(18) PRIMARY KEY COMMENT '公民身份号码',\n  ??? ,\n  xm varchar(50)\n);",
      });
      expect(r.items).toEqual([
        { table: 't_rk', name: '公民身份号码', nameEn: 'sfzh', type: 'C', length: '18', isKey: true },
        { table: 't_rk', name: 'xm', nameEn: 'xm', type: 'C', length: '50' },
      ]);
      expect(r.problems).toEqual([{ line: 3, code: 'unparsedLine', text: '???', message: '无法识别的列定义' }]);
      const csv = await call(core, 'catalogue.itemsFromDdl', { format: 'csv', text: 'xm,字符型C,50,姓名' });
      expect(csv.items).toEqual([{ table: '', name: '姓名', nameEn: 'xm', type: 'C', length: '50' }]);
      // A sample row's identity number with a wrong check character is refused at its line, in both languages.
      const dump = "CREATE TABLE t_rk (sfzh char(18) COMMENT '公民身份号码');\nINSERT INTO t_rk VALUES ('410329199003071232');";
      expect((await call(core, 'catalogue.itemsFromDdl', { format: 'sql', text: dump })).problems).toEqual([
        { line: 2, code: 'idNumberChecksum', text: '410329199003071232', message: '列 sfzh 的公民身份号码 410329199003071232 校验位不符（GB 11643），请核对' },
      ]);
      core.setLocale('en');
      expect((await call(core, 'catalogue.itemsFromDdl', { format: 'sql', text: dump })).problems.map((p) => p.message)).toEqual([
        'Column sfzh: the resident identity number 410329199003071232 fails its GB 11643 check character; please verify it',
      ]);
      core.setLocale('zh-CN');
      const big = await core.dispatch('catalogue.itemsFromDdl', { format: 'sql', text: 'x'.repeat(2_000_001) });
      expect(big.ok ? undefined : big.error.code).toBe('VALIDATION');
    } finally {
      await core.close();
      t.cleanup();
    }
  });
});
