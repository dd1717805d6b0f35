import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';
import { call, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';
import { runCli } from '../main';

async function cli(argv: string[]) {
  const out: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: () => {} }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), json: () => JSON.parse(out.join('\n')) as Record<string, unknown> };
}

describe('cli demands and zero-updates', () => {
  let dir: string;
  let cleanup: () => void;
  let demandId: string;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    const core = await initialisedCore(dir);
    await call(core, 'catalogue.create', { entry: sampleEntry('户籍人口信息') });
    const d = await call(core, 'demands.create', {
      demand: { name: '人口信息', description: '核对户籍', items: ['姓名'], basisKind: 'duty', basisText: '三定职责', scenario: '低保审核', contactName: '李四', contactPhone: '13812345678', proposedOn: '2026-03-02' },
    });
    demandId = d.id;
    await core.close();
    await pullIntoWorkspace(dir, [sharedEntry('s1')]);
  });
  afterEach(() => cleanup());

  it('lists demands and their suggestions as JSON', async () => {
    expect((await cli(['demands', 'list', '--workspace', dir, '--json'])).json()).toEqual({
      total: 1,
      demands: [{ id: demandId, number: 'XQ-2026-0001', name: '人口信息', status: 'pending', matchedCode: null }],
    });
    const s = (await cli(['demands', 'suggest', demandId, '--workspace', dir, '--json'])).json() as { suggestions: { entryId: string; matches: { item: string }[] }[] };
    expect(s.suggestions.map((x) => [x.entryId, x.matches.map((m) => m.item)])).toEqual([['s1', ['姓名']]]);
    expect((await cli(['demands', 'list', '--status', 'nope', '--workspace', dir])).code).toBe(1);
    expect((await cli(['demands', 'suggest', 'missing', '--workspace', dir, '--json'])).code).not.toBe(0);
  });

  it('lists zero-update due dates; a draft entry owes none', async () => {
    const r = (await cli(['zero-updates', '--workspace', dir, '--json'])).json() as { entries: { name: string; status: string }[]; counts: { tracked: number } };
    expect(r.entries.map((e) => [e.name, e.status])).toEqual([['户籍人口信息', 'notPublished']]);
    expect(r.counts.tracked).toBe(0);
    expect((await cli(['zero-updates', '--overdue', '--workspace', dir, '--json'])).json()).toMatchObject({ entries: [] });
  });
});
