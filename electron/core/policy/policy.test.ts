import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, callError, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { defaultPolicyPath, loadPolicy } from './policy';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function policyFile(content: string): string {
  const t = tempDir('cw-policy-');
  cleanups.push(t.cleanup);
  const file = join(t.dir, 'policy.json');
  writeFileSync(file, content);
  return file;
}

describe('administrator policy', () => {
  it('lives at the machine-wide path of each OS', () => {
    expect(defaultPolicyPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(join('D:\\ProgramData', 'CatalogueWorkbench', 'policy.json'));
    expect(defaultPolicyPath('darwin')).toBe('/Library/Application Support/CatalogueWorkbench/policy.json');
    expect(defaultPolicyPath('linux')).toBe('/etc/catalogue-workbench/policy.json');
  });

  it('is absent when there is no file, and locks what it sets', () => {
    expect(loadPolicy(join('/nonexistent', 'policy.json'))).toMatchObject({ locked: new Set() });
    const p = loadPolicy(policyFile(JSON.stringify({ platformUrl: 'https://dsj.example.gov.cn/', caBundle: { pem: PEM }, profileId: 'yichuan', lockedSettings: ['updateFeedUrl'] })));
    expect(p.error).toBeUndefined();
    expect(p).toMatchObject({ platformUrl: 'https://dsj.example.gov.cn/', ca: PEM, profileId: 'yichuan' });
    expect([...p.locked].sort()).toEqual(['caBundle', 'platformUrl', 'profileId', 'updateFeedUrl']);
  });

  it('reports a broken file and applies none of it', () => {
    const cases = [
      ['{"platformUrl": "https://a.example/",', /not JSON/],
      [JSON.stringify({ platformUrl: 'ftp://a.example/' }), /platformUrl/],
      [JSON.stringify({ platformUrl: 'https://a.example/', lockedSettings: ['colour'] }), /lockedSettings/],
      [JSON.stringify({ platformUrl: 'https://a.example/', caBundle: { path: '/nonexistent/ca.pem' } }), /caBundle\.path/],
      [JSON.stringify({ platformUrl: 'https://a.example/', extra: 1 }), /extra|Unrecognized/i],
    ] as const;
    for (const [content, reason] of cases) {
      const p = loadPolicy(policyFile(content));
      expect(p.error?.code, content).toBe('POLICY_INVALID');
      expect(String(p.error?.params.reason)).toMatch(reason);
      expect(p.platformUrl).toBeUndefined();
      expect(p.locked.size).toBe(0);
    }
  });

  it('reads the administrator\'s holiday schedules, and refuses the whole policy for a bad one', () => {
    const t = tempDir('cw-policy-cal-');
    cleanups.push(t.cleanup);
    const schedule = (name: string, body: unknown) => {
      const file = join(t.dir, name);
      writeFileSync(file, JSON.stringify(body));
      return file;
    };
    const good = schedule('2027.json', { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] });
    const p = loadPolicy(policyFile(JSON.stringify({ calendarOverrides: [good] })));
    expect(p.error).toBeUndefined();
    expect(p.calendarOverrides).toEqual([{ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }]);

    const impossible = schedule('bad.json', { year: 2027, days: [{ name: '春节', date: '2027-02-29', isOffDay: true }] });
    const bad = loadPolicy(policyFile(JSON.stringify({ platformUrl: 'https://a.example/', calendarOverrides: [good, impossible] })));
    expect(bad.error?.code).toBe('POLICY_INVALID');
    expect(String(bad.error?.params.reason)).toMatch(/calendarOverrides\.1 .*bad\.json.*calendar\.invalidDate/);
    expect(bad.platformUrl).toBeUndefined();
    expect(bad.calendarOverrides).toBeUndefined();
    expect(String(loadPolicy(policyFile(JSON.stringify({ calendarOverrides: [good, good] }))).error?.params.reason)).toMatch(/second schedule for 2027/);
    expect(String(loadPolicy(policyFile(JSON.stringify({ calendarOverrides: [join(t.dir, 'missing.json')] }))).error?.params.reason)).toMatch(/calendarOverrides\.0/);
  });

  it('stops sync with the reason when the policy file is broken, and shows it', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const core = await initialisedCore(t.dir, { policyPath: policyFile('not json'), sync: { auto: false } });
    try {
      const view = await call(core, 'policy.get', {});
      expect(view.error?.code).toBe('POLICY_INVALID');
      expect(view.locked).toEqual([]);
      const run = await call(core, 'sync.run', {});
      expect(run).toMatchObject({ failed: true, error: { code: 'POLICY_INVALID' } });
      expect((await callError(core, 'sync.signIn', { user: 'u', password: 'p' })).code).toBe('POLICY_INVALID');
    } finally {
      await core.close();
    }
  });
});

describe('policy over user settings', () => {
  it('refuses to set up a workspace with another jurisdiction profile than the policy fixes', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const policyPath = policyFile(JSON.stringify({ profileId: 'lishui' }));
    const { createCore } = await import('../index');
    const core = createCore({ workspaceDir: t.dir, policyPath, sync: { auto: false } });
    try {
      await core.ready;
      const refused = await callError(core, 'workspace.init', { profileId: 'yichuan', departmentName: '伊川县数据局', departmentCode: '12320100671322000Q' });
      expect(refused.code).toBe('POLICY_LOCKED');
      expect((await call(core, 'workspace.status', {})).state).toBe('uninitialised');
      const info = await call(core, 'workspace.init', { profileId: 'lishui', departmentName: '伊川县数据局', departmentCode: '12320100671322000Q' });
      expect(info.profileId).toBe('lishui');
    } finally {
      await core.close();
    }
  });
});
