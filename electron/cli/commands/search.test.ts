import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullIntoWorkspace, sharedEntry } from '../../core/shared-catalogue/testing';
import { initialisedCore, sampleEntry, call, tempDir } from '../../../tests/helpers/core';
import { runCli } from '../main';

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

  it('exits 1 on usage errors and 2 on an invalid query', async () => {
    expect((await cli(['search', '--workspace', dir])).code).toBe(1);
    expect((await cli(['search', '人口', '--scope', 'mine', '--workspace', dir])).code).toBe(1);
    expect((await cli(['search', '人口'])).code).toBe(1);
    const long = await cli(['search', 'x'.repeat(300), '--workspace', dir, '--json']);
    expect(long.code).toBe(2);
    expect(JSON.parse(long.out)).toEqual({ errors: [expect.objectContaining({ path: 'q', code: 'validation.tooLong' })] });
  });
});
