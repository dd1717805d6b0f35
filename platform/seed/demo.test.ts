import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryInputSchema } from '@shared/domain/entry';
import { isValidUscc, usccOrgCodeValid } from '@shared/ids/uscc';
import { changeSchema, type Change } from '@shared/protocol/index';
import { signedIn, startTestPlatform, type TestPlatform } from '../../tests/helpers/platform';
import { migrate } from '../db/migrate';
import { Db } from '../db/sqlite';
import { COUNTY, DEPARTMENTS } from './names';
import { demoEntry, organCode, seedSharedCatalogue } from './demo';

const platforms: TestPlatform[] = [];
afterAll(() => Promise.all(platforms.map((p) => p.dispose())));

describe('demo seed', () => {
  it('gives every county department a valid 统一社会信用代码 of a county organ', () => {
    const codes = DEPARTMENTS.map((_, i) => organCode(i + 1));
    for (const code of codes) {
      expect(isValidUscc(code), code).toBe(true);
      expect(usccOrgCodeValid(code), code).toBe(true);
      expect(code.slice(0, 8)).toBe('11410329');
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('builds entries the catalogue model accepts, with names unique per department', () => {
    for (let d = 0; d < DEPARTMENTS.length; d++) {
      const names = new Set<string>();
      for (let n = 0; n < 150; n++) {
        const { entry } = demoEntry(d, n);
        const r = entryInputSchema.safeParse(entry);
        expect(r.success, `${entry.name}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
        expect(entry.items!.length).toBeGreaterThanOrEqual(8);
        names.add(entry.name);
      }
      expect(names.size).toBe(150);
    }
  });

  it('writes the accounts file, publishes the catalogue, and keeps both on a second start', async () => {
    const p = await startTestPlatform({ seedShared: 100 });
    platforms.push(p);
    const file = JSON.parse(readFileSync(join(p.dataDir, 'demo-accounts.json'), 'utf8')) as Record<string, string>[];
    expect(file).toHaveLength(DEPARTMENTS.length + 1);
    for (const a of file) expect(Object.keys(a).sort()).toEqual(['department', 'departmentCode', 'password', 'role', 'user']);
    expect(file.filter((a) => a.role === 'reviewer').map((a) => a.user)).toEqual(['yc-reviewer']);

    const c = await signedIn(p, 'yc-civil');
    const changes = (await c.pullAll('0')).changes.map((ch) => changeSchema.parse(ch) as Change);
    // Everyone's shared catalogue, and the department's own published entries once more as its own.
    const civil = file.find((a) => a.user === 'yc-civil')!;
    const own = changes.filter((ch) => ch.kind === 'ownEntry.upsert');
    expect(changes.filter((ch) => ch.kind === 'sharedEntry.upsert')).toHaveLength(100);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((ch) => ch.entry.departmentCode === civil.departmentCode)).toBe(true);
    expect(own.map((ch) => ch.entry.id).sort()).toEqual(
      changes.flatMap((ch) => (ch.kind === 'sharedEntry.upsert' && ch.entry.departmentCode === civil.departmentCode ? [ch.entry.id] : [])).sort(),
    );
    expect(changes).toHaveLength(100 + own.length);

    const again = await p.restart();
    platforms.push(again);
    expect(again.accounts).toEqual(p.accounts);
    expect((await (await signedIn(again, 'yc-civil')).pullAll('0')).changes).toHaveLength(changes.length);
  });

  it('goes on from the last whole page when a seeding stopped half-way, each entry once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-platform-'));
    // What a seeding killed after its first pages leaves: the departments and 40 entries with their changes, no accounts.
    const db = await Db.open(join(dir, 'platform.db'));
    await migrate(db, new Date().toISOString());
    const officers = DEPARTMENTS.map((d, i) => ({ user: `yc-${d.slug}`, password: '', role: 'officer' as const, department: d.name, departmentCode: organCode(i + 1) }));
    await db.transaction(async (tx) => {
      for (const o of officers) await tx.run('INSERT INTO departments (code, name, division) VALUES (?, ?, ?)', [o.departmentCode, o.department, COUNTY.division]);
      await seedSharedCatalogue(tx, officers, 40, new Date().toISOString());
    });
    await db.close();
    const p = await startTestPlatform({ seedShared: 100 }, dir);
    platforms.push(p);
    expect(p.accounts).toHaveLength(DEPARTMENTS.length + 1);
    const c = await signedIn(p, 'yc-civil');
    const changes = (await c.pullAll('0')).changes.map((ch) => changeSchema.parse(ch) as Change);
    const ids = changes.flatMap((ch) => (ch.kind === 'sharedEntry.upsert' ? [ch.entry.id] : []));
    expect(ids).toHaveLength(100);
    expect(new Set(ids).size).toBe(100);
    expect(ids.at(-1)).toBe('seed-0000100');
  });

  it('starts from the command line and prints its loopback URL and the profile of its deadlines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-platform-cli-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'platform/main.ts', '--port', '0', '--data', dir, '--seed', 'demo', '--profile', 'songjiang'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /listening on (http:\/\/127\.0\.0\.1:\d+) \(deadlines: songjiang,/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.on('exit', (code) => reject(new Error(`platform exited (${code}): ${out}`)));
      });
      const health = (await (await fetch(`${url}/api/v1/health`)).json()) as { ok: boolean };
      expect(health.ok).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'demo-accounts.json'), 'utf8'))).toHaveLength(DEPARTMENTS.length + 1);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('refuses an unknown --profile with the profiles it knows (exit 2)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'platform/main.ts', '--port', '0', '--data', tmpdir(), '--profile', 'atlantis'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(2);
    expect(err).toContain('unknown --profile: atlantis (one of national, gongshu, yichuan, lishui, yuhua, songjiang)');
  }, 30_000);
});
