import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestPlatform } from '../../../tests/helpers/platform';
import { call, tempDir } from '../../../tests/helpers/core';
import { createCore } from '../../core/index';
import { runCli } from '../main';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('cli metrics, notices list, report annual', () => {
  it('pulls the metrics with unknown said as unknown, lists notices, writes the report as .docx and .pdf', async () => {
    const p = await startTestPlatform({ seedShared: 12 });
    cleanups.push(() => p.dispose());
    const officer = p.accounts.find((a) => a.role === 'officer')!;
    const t = tempDir();
    cleanups.push(t.cleanup);
    const core = createCore({ workspaceDir: t.dir });
    await core.ready;
    await call(core, 'workspace.init', { profileId: 'yichuan', departmentName: officer.department, departmentCode: officer.departmentCode });
    await core.close();
    const passwordFile = join(t.dir, 'password.txt');
    writeFileSync(passwordFile, `${officer.password}\n`);
    expect((await cli(['login', '--platform', p.url, '--user', officer.user, '--password-file', passwordFile, '--workspace', t.dir])).code).toBe(0);

    const m = await cli(['metrics', '--from', '2026-01-01', '--to', '2026-03-01', '--workspace', t.dir, '--json']);
    expect(m.code, m.out + m.err).toBe(0);
    const body = JSON.parse(m.out) as { from: string; to: string; resources: { metrics: { availability: number | null } }[] };
    expect(body).toMatchObject({ from: '2026-01-01', to: '2026-03-01' });
    expect(body.resources.length).toBeGreaterThan(0);
    expect(body.resources.every((r) => r.metrics.availability !== null)).toBe(true);
    expect((await cli(['metrics', '--from', '2026/01/01', '--workspace', t.dir])).code).toBe(1);
    expect((await cli(['metrics', '--from', '2026-13-01', '--workspace', t.dir])).code).toBe(2); // not a date: the channel's validation
    expect((await cli(['metrics', '--from', '2026-03-01', '--to', '2026-01-01', '--workspace', t.dir])).code).toBe(1);

    expect(JSON.parse((await cli(['notices', 'list', '--workspace', t.dir, '--json'])).out)).toMatchObject({ notices: [] });

    const docx = join(t.dir, 'r.docx');
    const r = await cli(['report', 'annual', '--year', '2026', '--out', docx, '--workspace', t.dir, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ year: 2026, path: docx, empty: false });
    expect(execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' })).toContain(officer.department);
    expect((await cli(['report', 'annual', '--year', '2026', '--out', join(t.dir, 'r.txt'), '--workspace', t.dir])).code).toBe(1);
    if (existsSync('/usr/bin/chromium')) {
      const pdf = join(t.dir, 'r.pdf');
      const out = await cli(['report', 'annual', '--year', '2019', '--out', pdf, '--workspace', t.dir, '--json']);
      expect(out.code, out.err).toBe(0);
      expect(JSON.parse(out.out)).toMatchObject({ empty: true });
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('2019');
    }
  }, 120_000);
});
