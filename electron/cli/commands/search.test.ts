import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';
import { initialisedCore, sampleEntry, call, tempDir } from '../../../tests/helpers/core';
import { runCli } from '../main';
import { generateSharedEntries } from '../../../tests/generators/shared-entries';
import { FLUSH_MAX } from '../../core/search/shared-index';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n'), json: () => JSON.parse(out.join('\n')) as { results: Record<string, unknown>[] } };
}

describe('cli search', () => {
  let dir: string;
  let cleanup: () => void;
  let ownId: string;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    const core = await initialisedCore(dir);
    ownId = (await call(core, 'catalogue.create', { entry: sampleEntry('户籍人口信息') })).id;
    await core.close();
    await pullIntoWorkspace(dir, [sharedEntry('s1'), sharedEntry('s2', { name: '企业法人登记信息', provider: '伊川县市场监督管理局', summary: '企业登记事项' })]);
  });
  afterEach(() => cleanup());

  it('prints {results:[{id, code, name, provider, score}]} with --json, in every scope', async () => {
    const all = await cli(['search', '人口', '--workspace', dir, '--json']);
    expect(all.code).toBe(0);
    const results = all.json().results;
    expect(results.map((r) => r.id).sort()).toEqual([ownId, 's1'].sort());
    expect(Object.keys(results[0] ?? {}).sort()).toEqual(['code', 'id', 'name', 'provider', 'score']);
    expect((await cli(['search', 'rk', '--scope', 'shared', '--workspace', dir, '--json'])).json().results.map((r) => r.id)).toEqual(['s1']);
    expect((await cli(['search', '人口', '--scope', 'own', '--workspace', dir, '--json'])).json().results.map((r) => r.id)).toEqual([ownId]);
    expect((await cli(['search', '法人', '登记', '--workspace', dir, '--json'])).json().results.map((r) => r.name)).toEqual(['企业法人登记信息']);
  });

  it('prints one line per result without --json', async () => {
    const r = await cli(['search', 'qyfr', '--workspace', dir]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([expect.stringMatching(/^shared\t101\/s2\t企业法人登记信息\t伊川县市场监督管理局\t[\d.]+\ts2$/), '(1 of 1)']);
  });

  it('waits for the background index after a large pull instead of printing partial results', { timeout: 120_000 }, async () => {
    // Three times what a query indexes itself, so the first answer is partial even if the indexer started at open.
    const entries = generateSharedEntries(FLUSH_MAX * 3, { seed: 5 });
    await pullIntoWorkspace(dir, entries);
    const args = ['search', '公民身份号码', '--scope', 'shared', '--limit', '200', '--workspace', dir];
    const first = await cli(args);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/indexing \d+ pulled shared entries/);
    // The index is whole now: a second search has nothing to wait for and must count the same.
    const second = await cli(args);
    expect(second.err).toBe('');
    // Plus s1 and s2 of beforeEach, whose default items include it.
    const expected = entries.filter((e) => e.items.some((i) => i.name === '公民身份号码')).length + 2;
    expect(second.out.split('\n').at(-1)).toBe(`(200 of ${expected})`);
    expect(first.out).toBe(second.out);
  });

  it('exits 1 on usage errors and 2 on an invalid query', async () => {
    expect((await cli(['search', '--workspace', dir])).code).toBe(1);
    expect((await cli(['search', '人口', '--scope', 'mine', '--workspace', dir])).code).toBe(1);
    expect((await cli(['search', '人口'])).code).toBe(1);
    const long = await cli(['search', 'x'.repeat(300), '--workspace', dir, '--json']);
    expect(long.code).toBe(2);
    expect(JSON.parse(long.out)).toEqual({ errors: [expect.objectContaining({ path: 'q', code: 'validation.tooLong' })] });
  });
});
