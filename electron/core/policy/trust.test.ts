import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/helpers/core';
import { loadPolicy } from './policy';
import { posixPolicyTrust, windowsPolicyTrust, type WindowsAcl } from './trust';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const ADMINS = 'S-1-5-32-544';
const SYSTEM = 'S-1-5-18';
const USERS = 'S-1-5-32-545';
const OFFICER = 'S-1-5-21-1004336348-1177238915-682003330-1001';

describe('policy file trust', () => {
  it('POSIX: root-owned and not group- or world-writable, the folder too', () => {
    const stats: Record<string, { uid: number; mode: number }> = { '/etc/cw': { uid: 0, mode: 0o40755 }, '/etc/cw/policy.json': { uid: 0, mode: 0o100644 } };
    const check = posixPolicyTrust((p) => {
      const s = stats[p];
      if (!s) throw new Error('ENOENT');
      return s;
    });
    expect(check('/etc/cw/policy.json')).toBeNull();
    stats['/etc/cw/policy.json'] = { uid: 1000, mode: 0o100644 };
    expect(check('/etc/cw/policy.json')).toBe('the policy file /etc/cw/policy.json is owned by user 1000, not root');
    stats['/etc/cw/policy.json'] = { uid: 0, mode: 0o100664 };
    expect(check('/etc/cw/policy.json')).toBe('the policy file /etc/cw/policy.json is writable by group or others (mode 664)');
    stats['/etc/cw/policy.json'] = { uid: 0, mode: 0o100644 };
    stats['/etc/cw'] = { uid: 0, mode: 0o41777 };
    expect(check('/etc/cw/policy.json')).toBe('the policy folder /etc/cw is writable by group or others (mode 777)');
  });

  it('Windows: owner and every writer are SYSTEM, Administrators or TrustedInstaller', () => {
    let acl: WindowsAcl = {
      ownerSid: ADMINS,
      allow: [
        { sid: SYSTEM, rights: 'FullControl' },
        { sid: ADMINS, rights: 'FullControl' },
        { sid: USERS, rights: 'ReadAndExecute, Synchronize' },
      ],
    };
    const check = windowsPolicyTrust(() => acl);
    expect(check('C:\\ProgramData\\CatalogueWorkbench\\policy.json')).toBeNull();
    // ProgramData's inherited default: users may create and write files in a new subfolder.
    acl = { ...acl, allow: [...acl.allow, { sid: USERS, rights: 'Write, Synchronize' }] };
    expect(check('C:\\ProgramData\\CatalogueWorkbench\\policy.json')).toBe(`the policy file C:\\ProgramData\\CatalogueWorkbench\\policy.json can be changed by ${USERS} (Write, Synchronize)`);
    acl = { ownerSid: OFFICER, allow: [{ sid: SYSTEM, rights: 'FullControl' }] };
    expect(check('C:\\p.json')).toBe(`the policy file C:\\p.json is owned by ${OFFICER}, not an administrator`);
    acl = { ownerSid: SYSTEM, allow: [{ sid: OFFICER, rights: '268435456' }] };
    expect(check('C:\\p.json')).toMatch(/can be changed by/);
    expect(windowsPolicyTrust(() => {
      throw new Error('access denied');
    })('C:\\p.json')).toBe('the permissions of C:\\p.json cannot be read: access denied');
  });

  it('a refused file applies nothing and says why', () => {
    const t = tempDir('cw-policy-trust-');
    cleanups.push(t.cleanup);
    const file = join(t.dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ platformUrl: 'https://dsj.example.gov.cn/' }));
    const p = loadPolicy(file, { trust: () => 'the policy file is owned by user 1000, not root' });
    expect(p.platformUrl).toBeUndefined();
    expect([...p.locked]).toEqual([]);
    expect(p.error?.params).toEqual({ path: file, reason: 'the policy file is owned by user 1000, not root' });
    expect(loadPolicy(file, { trust: () => null }).platformUrl).toBe('https://dsj.example.gov.cn/');
  });
});
