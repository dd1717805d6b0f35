import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../electron/core/index';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { AppErrorData } from '../../shared/ipc/errors';

/** A fresh temporary folder; removed by the returned cleanup. */
export function tempDir(prefix = 'cw-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A time source the test moves by hand. */
export function fixedTime(start = '2026-03-02T09:00:00.000Z') {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms: number) => void (t += ms),
  };
}

/** Calls a channel and returns its output, failing the test with the typed error otherwise. */
export async function call<C extends Channel>(core: Core, channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.value as Output<C>;
}

/** Calls a channel that must fail and returns its typed error. */
export async function callError(core: Core, channel: string, input: unknown): Promise<AppErrorData> {
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(r.value)}`);
  return r.error;
}

export const DEPARTMENT = { name: '伊川县数据局', code: '12320100671322000Q' };

export async function initialisedCore(dir: string, options: Partial<CoreOptions> = {}): Promise<Core> {
  const core = createCore({ workspaceDir: dir, timeSource: fixedTime(), ...options });
  const status = await core.ready;
  if (status.state === 'uninitialised') {
    await call(core, 'workspace.init', { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });
  }
  return core;
}

/** A complete, valid database resource with two data items. */
export function sampleEntry(name = '人口基础信息'): Input<'catalogue.create'>['entry'] {
  return {
    name,
    provider: DEPARTMENT.name,
    providerCode: DEPARTMENT.code,
    summary: `${name}：姓名、身份证号等`,
    formatClass: 'database',
    formatType: 'KingbaseES',
    shareType: 'conditional',
    shareCondition: '仅限公安、民政业务使用',
    shareMethodClass: 'platform',
    shareMethodType: 'interface',
    openType: 'none',
    updateCycle: 'daily',
    items: [
      { name: '姓名', type: 'C', length: '50' },
      { name: '公民身份号码', type: 'C', length: '18' },
    ],
  };
}
