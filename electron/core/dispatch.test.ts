import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from './index';
import { makeDispatch } from './dispatch';
import type { HandlerMap } from './context';
import type { Logger } from './types';
import { DEPARTMENT, call, callError, fixedTime, tempDir } from '../../tests/helpers/core';

describe('dispatch', () => {
  let dir: string;
  let cleanup: () => void;
  let core: Core;

  beforeEach(async () => {
    ({ dir, cleanup } = tempDir());
    core = createCore({ workspaceDir: dir, timeSource: fixedTime() });
    await core.ready;
  });
  afterEach(async () => {
    await core.close();
    cleanup();
  });

  /** Nothing was written: still uninitialised, and the audit log is empty. */
  async function expectNothingWritten() {
    expect((await call(core, 'workspace.status', {})).state).toBe('uninitialised');
    expect((await call(core, 'audit.list', {})).rows).toEqual([]);
  }

  const issues = (e: { details?: { issues?: { path: string; code: string }[] } }) => e.details?.issues?.map((i) => `${i.path}:${i.code}`);

  it('refuses an unknown channel, and a shell channel sent to the core, by name', async () => {
    expect(await callError(core, 'catalogue.dropAll', {})).toMatchObject({ code: 'UNKNOWN_CHANNEL', details: { params: { channel: 'catalogue.dropAll' } } });
    expect(await callError(core, 'prefs.set', { locale: 'en' })).toMatchObject({ code: 'UNKNOWN_CHANNEL', details: { params: { channel: 'prefs.set' } } });
    // Prototype keys are not channels.
    expect((await callError(core, 'constructor', {})).code).toBe('UNKNOWN_CHANNEL');
    expect((await callError(core, '__proto__', {})).code).toBe('UNKNOWN_CHANNEL');
    // A huge name is cut in the error, not echoed whole.
    const long = await callError(core, 'x'.repeat(100_000), {});
    expect(JSON.stringify(long).length).toBeLessThan(1000);
  });

  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [1, 2]],
  ])('refuses %s as input with a validation error', async (_, input) => {
    const err = await callError(core, 'workspace.init', input);
    expect(err.code).toBe('VALIDATION');
    expect(issues(err)).toEqual([':validation.invalid']);
    await expectNothingWritten();
  });

  it('names each field of the wrong type, missing or unknown', async () => {
    const err = await callError(core, 'workspace.init', { profileId: 'atlantis', departmentName: 7, surprise: true });
    expect(err.code).toBe('VALIDATION');
    expect(issues(err)?.sort()).toEqual([
      'departmentCode:validation.required',
      'departmentName:validation.invalid',
      'profileId:validation.enum',
      'surprise:validation.unknownField',
    ]);
    const limit = await callError(core, 'audit.list', { limit: 'ten' });
    expect(issues(limit)).toEqual(['limit:validation.invalid']);
    await expectNothingWritten();
  });

  it('refuses a huge string by its field, without echoing it', async () => {
    const huge = '局'.repeat(1_000_000);
    const err = await callError(core, 'workspace.init', { profileId: 'national', departmentName: huge, departmentCode: DEPARTMENT.code });
    expect(issues(err)).toEqual(['departmentName:validation.tooLong']);
    expect(JSON.stringify(err).length).toBeLessThan(2000);
    await expectNothingWritten();
  });

  it('reports a failed domain check (USCC checksum) as a field issue, writing nothing', async () => {
    const err = await callError(core, 'workspace.init', { profileId: 'national', departmentName: '某局', departmentCode: '12320100671322000A' });
    expect(issues(err)).toEqual(['departmentCode:validation.uscc']);
    await expectNothingWritten();
  });

  it('speaks zh-CN by default and English after setLocale', async () => {
    const zh = await callError(core, 'audit.list', { limit: 0, x: 1 });
    expect(zh.message).toBe('输入有误，请检查标出的字段');
    expect(zh.details?.issues?.map((i) => i.message)).toContain('不认识的字段');
    core.setLocale('en');
    const en = await callError(core, 'audit.list', { limit: 0, x: 1 });
    expect(en.message).toBe('Some input is invalid; check the marked fields');
    expect(en.details?.issues?.map((i) => i.message)).toContain('Unknown field');
    expect((await callError(core, 'nope', {})).message).toBe('Unknown operation: nope');
  });
});

describe('dispatch of an unexpected failure', () => {
  const logged: { message: string; data?: Record<string, unknown> }[] = [];
  const logger: Logger = { info: () => {}, warn: () => {}, error: (message, data) => void logged.push({ message, data }) };

  function dispatchWith(handler: () => Promise<unknown>) {
    const handlers = { 'outbox.count': handler } as unknown as HandlerMap;
    return makeDispatch(() => handlers, { logger, locale: () => 'en', validateOutputs: true });
  }

  it('turns a thrown exception into INTERNAL with no stack or message in the envelope, and logs it', async () => {
    const r = await dispatchWith(async () => {
      throw new Error('secret path /home/officer/.ssh in SQLITE_IOERR');
    })('outbox.count', {});
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error; nothing was done. Details are in the log.' } });
    expect(JSON.stringify(r)).not.toMatch(/secret|at .*\.ts|SQLITE/);
    expect(logged.at(-1)?.data?.error).toMatch(/secret path[\s\S]*dispatch\.test\.ts/);
  });

  it('turns an output that breaks the contract into INTERNAL', async () => {
    const r = await dispatchWith(async () => ({ count: 'many' }))('outbox.count', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged.at(-1)?.message).toBe('handler output does not match the contract');
  });

  it('passes a valid output through', async () => {
    expect(await dispatchWith(async () => ({ count: 3 }))('outbox.count', {})).toEqual({ ok: true, value: { count: 3 } });
  });
});
