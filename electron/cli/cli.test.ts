import { execFile } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './main';
import { COMMANDS } from './commands/index';
import { DEPARTMENT, initialisedCore, sampleEntry, tempDir } from '../../tests/helpers/core';
import { damageMiddlePages, padWorkspace, workspacePaths } from '../../tests/helpers/workspace';

const EN = { LANG: 'en_US.UTF-8' };

/** Runs the CLI in-process with captured output. */
async function cli(argv: string[], env: NodeJS.ProcessEnv = EN) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join('\n'), err: err.join('\n'), json: () => JSON.parse(out.join('\n')) as Record<string, unknown> };
}

describe('CLI', () => {
  let dir: string;
  let cleanup: () => void;
  const ws = () => ['--workspace', dir];
  const initArgs = ['init', '--profile', 'yichuan', '--department-name', DEPARTMENT.name, '--department-code', DEPARTMENT.code];

  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  function entryFile(entry: unknown, name = 'entry.json'): string {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(entry));
    return file;
  }

  describe('help and usage', () => {
    it('prints every command with no arguments (exit 1) and with --help or -h (exit 0)', async () => {
      const none = await cli([]);
      expect(none.code).toBe(1);
      for (const argv of [['--help'], ['-h']]) {
        const r = await cli(argv);
        expect(r.code).toBe(0);
        for (const c of COMMANDS) expect(r.out).toContain(c.usage);
        expect(r.out).toContain('Exit codes: 0 ok, 1 usage error, 2 validation error, 3 other failure.');
      }
    });

    it.each(COMMANDS.map((c) => [c.name]))('prints the usage of "%s" with --help, needing no workspace', async (name) => {
      const command = COMMANDS.find((c) => c.name === name);
      for (const argv of [[...name.split(' '), '--help'], ['--help', ...name.split(' ')]]) {
        const r = await cli(argv);
        expect(r.code).toBe(0);
        expect(r.out).toContain(`Usage: npm run --silent cli -- ${command?.usage}`);
        expect(r.out).toContain(command?.summary);
      }
    });

    it('exits 1 on an unknown command, a missing --workspace, a flag without its value, or missing arguments', async () => {
      const unknown = await cli(['entries', 'explode', ...ws()]);
      expect(unknown).toMatchObject({ code: 1 });
      expect(unknown.err).toContain('unknown command: entries explode');
      expect((await cli(['entries', 'list'])).err).toContain('--workspace DIR is required');
      expect((await cli(['entries', 'list'])).code).toBe(1);
      expect(await cli(['init', '--profile', '--workspace', dir])).toMatchObject({ code: 1 });
      const partial = await cli(['init', '--profile', 'yichuan', ...ws()]);
      expect(partial.code).toBe(1);
      expect(partial.err).toContain('usage: init --profile');
      expect((await cli(['entries', 'show', ...ws()])).code).toBe(1);
      expect((await cli(['entries', 'remove', ...ws()])).code).toBe(1);
      expect((await cli(['entries', 'add', ...ws()])).code).toBe(1);
    });
  });

  describe('init', () => {
    it('sets up a workspace, with the flags before or after the command name', async () => {
      const r = await cli([...ws(), '--json', ...initArgs]);
      expect(r.code).toBe(0);
      expect(r.json()).toMatchObject({ profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code });

      const { dir: other, cleanup: cleanupOther } = tempDir();
      try {
        const text = await cli([...initArgs, `--workspace=${other}`]);
        expect(text).toMatchObject({ code: 0, out: `workspace ready: ${DEPARTMENT.name} (yichuan)` });
      } finally {
        cleanupOther();
      }
    });

    it('exits 2 with {"errors":[{path, code, message}]} on invalid values, writing nothing', async () => {
      const r = await cli(['init', '--profile', 'atlantis', '--department-name', '某局', '--department-code', '12320100671322000A', ...ws(), '--json']);
      expect(r.code).toBe(2);
      expect(r.json()).toEqual({ errors: [{ path: 'profileId', code: 'validation.enum', message: 'Choose a value from the list' }] });

      const uscc = await cli(['init', '--profile', 'national', '--department-name', '某局', '--department-code', '12320100671322000A', ...ws(), '--json']);
      expect(uscc.code).toBe(2);
      expect(uscc.json()).toEqual({
        errors: [{ path: 'departmentCode', code: 'validation.uscc', message: 'Invalid unified social credit code (GB 32100 check character does not match)' }],
      });
      // Without --json the same, as text on stderr, in the language of LANG.
      const zh = await cli(['init', '--profile', 'national', '--department-name', '某局', '--department-code', '123', ...ws()], { LANG: 'zh_CN.UTF-8' });
      expect(zh.code).toBe(2);
      expect(zh.err).toContain('departmentCode: 统一社会信用代码应为 18 位 (validation.usccLength)');

      expect((await cli([...initArgs, ...ws()])).code).toBe(0);
    });

    it('exits 3 when the workspace is already set up', async () => {
      await cli([...initArgs, ...ws()]);
      const again = await cli([...initArgs, ...ws(), '--json']);
      expect(again.code).toBe(3);
      expect(again.json()).toMatchObject({ error: { code: 'WORKSPACE_ALREADY_INITIALISED', message: 'The workspace is already set up' } });
    });
  });

  describe('entries', () => {
    beforeEach(async () => {
      expect((await cli([...initArgs, ...ws()])).code).toBe(0);
    });

    it('adds, lists, shows and removes an entry', async () => {
      const added = await cli(['entries', 'add', '--json-file', entryFile(sampleEntry()), ...ws(), '--json']);
      expect(added.code).toBe(0);
      const entry = added.json() as { id: string; code: string };
      expect(entry).toMatchObject({ name: '人口基础信息', code: `${DEPARTMENT.code}/000001` });

      const text = await cli(['entries', 'add', ...ws(), '--json-file', entryFile(sampleEntry('法人基础信息'), 'b.json')]);
      expect(text.code).toBe(0);
      expect(text.out).toMatch(/^added \S+ \S+\/000002 法人基础信息$/);

      const list = await cli(['--json', 'entries', 'list', ...ws()]);
      expect(list.code).toBe(0);
      expect(list.json()).toMatchObject({ total: 2 });
      const lines = await cli(['entries', 'list', ...ws(), '--limit', '1']);
      expect(lines.out.split('\n')).toHaveLength(2);
      expect(lines.out).toContain('(1 of 2)');

      const shown = await cli(['entries', 'show', entry.id, ...ws()]);
      expect(shown.code).toBe(0);
      expect(shown.out).toContain(`${entry.code}  人口基础信息  [draft, r1]`);
      expect(shown.out).toContain('1. 姓名\tC\t50');
      expect((await cli(['entries', 'show', entry.id, ...ws(), '--json'])).json()).toMatchObject({ id: entry.id, items: [{ name: '姓名' }, { name: '公民身份号码' }] });

      const removed = await cli([...ws(), 'entries', 'remove', entry.id, '--json']);
      expect(removed).toMatchObject({ code: 0 });
      expect(removed.json()).toEqual({ id: entry.id });
      expect((await cli(['entries', 'list', ...ws(), '--json'])).json()).toMatchObject({ total: 1 });
    });

    it('exits 2 with the field of every problem in an invalid entry file, adding nothing', async () => {
      const bad = { ...sampleEntry(), name: '', shareType: 'sometimes', items: [{ name: '姓名', type: 'Q' }] };
      const r = await cli(['entries', 'add', '--json-file', entryFile(bad), ...ws(), '--json']);
      expect(r.code).toBe(2);
      const { errors } = r.json() as { errors: { path: string; code: string; message: string }[] };
      expect(errors.map((e) => `${e.path}:${e.code}`)).toEqual(expect.arrayContaining(['entry.name:validation.required', 'entry.shareType:validation.enum', 'entry.items.0.type:validation.enum']));
      for (const e of errors) expect(Object.keys(e).sort()).toEqual(['code', 'message', 'path']);

      const notJson = join(dir, 'broken.json');
      writeFileSync(notJson, '{"name": ');
      const broken = await cli(['entries', 'add', '--json-file', notJson, ...ws(), '--json']);
      expect(broken.code).toBe(2);
      expect(broken.json()).toMatchObject({ errors: [{ path: '', code: 'validation.invalid' }] });
      expect((await cli(['entries', 'add', '--json-file', join(dir, 'missing.json'), ...ws()])).code).toBe(2);

      const limit = await cli(['entries', 'list', '--limit', 'lots', ...ws(), '--json']);
      expect(limit.code).toBe(2);
      expect(limit.json()).toMatchObject({ errors: [{ path: 'limit' }] });
      expect((await cli(['entries', 'list', ...ws(), '--json'])).json()).toMatchObject({ total: 0 });
    });

    it('exits 3 for an entry that does not exist', async () => {
      const shown = await cli(['entries', 'show', 'no-such-id', ...ws(), '--json']);
      expect(shown.code).toBe(3);
      expect(shown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect((await cli(['entries', 'remove', 'no-such-id', ...ws()])).code).toBe(3);
    });
  });

  describe('a damaged workspace restored from its backup', () => {
    /** A set-up workspace with enough pages to damage, closed cleanly so its backup holds them all. */
    async function damaged(): Promise<{ backupTime: string }> {
      await (await initialisedCore(dir)).close();
      await padWorkspace(dir);
      rmSync(workspacePaths(dir).backup);
      await (await initialisedCore(dir)).close();
      const backupTime = statSync(workspacePaths(dir).backup).mtime.toISOString();
      damageMiddlePages(workspacePaths(dir).db);
      return { backupTime };
    }
    const kept = () => readdirSync(dir).filter((f) => /^workspace\.db\.corrupt-/.test(f) && !/-(wal|shm)$/.test(f));

    it('says on stderr what was restored, from when, and where the damaged file was kept', async () => {
      const { backupTime } = await damaged();
      const r = await cli(['entries', 'list', ...ws()]);
      expect(r.code).toBe(0);
      expect(kept()).toHaveLength(1);
      expect(r.err).toContain('WORKSPACE_RESTORED');
      expect(r.err).toContain(backupTime);
      expect(r.err).toContain(join(dir, kept()[0] as string));
      expect(r.err).toMatch(/restored/);
    });

    it('adds the notices to --json output, in the chosen language', async () => {
      const { backupTime } = await damaged();
      const r = await cli(['entries', 'list', '--json', '--lang', 'zh-CN', ...ws()]);
      expect(r.code).toBe(0);
      const body = r.json() as { entries?: unknown; notices?: { code: string; message: string; details?: { params?: Record<string, string> } }[] };
      expect(body.notices).toHaveLength(1);
      expect(body.notices?.[0]).toMatchObject({ code: 'WORKSPACE_RESTORED', details: { params: { backupTime, file: join(dir, kept()[0] as string) } } });
      expect(body.notices?.[0]?.message).toContain('备份恢复');
      expect(r.err).toContain('WORKSPACE_RESTORED');
      // The next run opens the restored workspace: nothing more to say.
      const again = await cli(['entries', 'list', '--json', ...ws()]);
      expect(again.json().notices).toBeUndefined();
      expect(again.err).toBe('');
    });
  });

  describe('workspaces it cannot use', () => {
    it('exits 3 on a workspace that is not set up', async () => {
      const r = await cli(['entries', 'list', ...ws(), '--json']);
      expect(r.code).toBe(3);
      expect(r.json()).toMatchObject({ error: { code: 'WORKSPACE_NOT_INITIALISED' } });
    });

    it('exits 3 with WORKSPACE_LOCKED while another program has the workspace open', async () => {
      const app = await initialisedCore(dir);
      try {
        const r = await cli(['entries', 'list', ...ws(), '--json']);
        expect(r.code).toBe(3);
        expect(r.json()).toMatchObject({ error: { code: 'WORKSPACE_LOCKED' } });
        const text = await cli(['entries', 'list', ...ws()], { LANG: 'zh_CN.UTF-8' });
        expect(text.err).toContain('WORKSPACE_LOCKED: 工作区正被另一个程序使用');
      } finally {
        await app.close();
      }
      expect((await cli(['entries', 'list', ...ws()])).code).toBe(0);
    });
  });

  it('runs as `npm run --silent cli -- …` in a real subprocess', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npm', ['run', '--silent', 'cli', '--', ...initArgs, '--workspace', dir, '--json'], { env: { ...process.env, LANG: 'en_US.UTF-8' } });
    expect(JSON.parse(stdout)).toMatchObject({ departmentCode: DEPARTMENT.code });
    const failed = await run('npm', ['run', '--silent', 'cli', '--', 'entries', 'show', 'nope', '--workspace', dir, '--json']).catch((e: { code: number; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 3 });
    expect(JSON.parse((failed as { stdout: string }).stdout)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  }, 60_000);
});
