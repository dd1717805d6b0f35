import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, callError, initialisedCore, sampleEntry, tempDir } from '../../../tests/helpers/core';
import { rawAll } from '../../../tests/helpers/workspace';
import { workspacePaths } from '../workspace/paths';

describe('a classified (涉密) entry', () => {
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

  it('stays local: its submission is refused with the rule, nothing is queued and it stays ready', async () => {
    const entry = { ...sampleEntry(), classification: { scheme: 'national1272' as const, category: '1', item: '01' }, dataGrade: 'classified' as const, usageRequirements: '仅限履职使用，不得转让' };
    const e = await call(core, 'catalogue.create', { entry });
    const ready = await call(core, 'catalogue.setState', { id: e.id, revision: e.revision, state: 'ready' });
    const err = await callError(core, 'catalogue.submit', { id: ready.id, revision: ready.revision });
    expect(err.code).toBe('ENTRY_CLASSIFIED');
    expect(err.message).toBe('涉密数据资源不在平台编目，本条目只保存在本机（《拱墅区政务数字资源共建共享管理办法》第二条、第三十六条）');
    expect((await call(core, 'catalogue.get', { id: e.id })).state).toBe('ready');
    expect(await rawAll(workspacePaths(dir).db, 'SELECT count(*) AS n FROM outbox')).toEqual([{ n: 0 }]);
    // Graded otherwise, the same entry is submitted.
    const { id: _i, code: _c, state: _s, revision: _r, createdAt: _a, updatedAt: _u, ...values } = await call(core, 'catalogue.get', { id: e.id });
    const edited = await call(core, 'catalogue.update', { id: e.id, revision: ready.revision, entry: { ...values, dataGrade: 'important' } });
    const again = await call(core, 'catalogue.setState', { id: e.id, revision: edited.revision, state: 'ready' });
    expect((await call(core, 'catalogue.submit', { id: e.id, revision: again.revision })).state).toBe('submitted');
  });
});
