// Child of disk-full.test.ts, run by `unshare -rm` with a small tmpfs mounted at argv[2]: a real
// full disk (ENOSPC) under the core and the CLI. Prints one JSON line of what each met.
import { closeSync, ftruncateSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/index';
import { runCli } from '../../electron/cli/main';
import { NO_POLICY } from '../../electron/core/policy/policy';
import { call, initialisedCore, sampleEntry } from '../helpers/core';

const mount = process.argv[2]!;
const dir = join(mount, 'ws');
const filler = join(mount, 'filler');

/** Fills the file system, then gives back `room` bytes. */
function fill(room: number): void {
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let size = 0;
  try {
    for (;;) size += writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  }
  ftruncateSync(fd, Math.max(0, size - room));
  closeSync(fd);
}

const seed = await initialisedCore(dir, { policy: NO_POLICY, sync: { auto: false } });
await call(seed, 'catalogue.create', { entry: sampleEntry('人口基础信息') });
await seed.close();

// The core: writes until the disk is full; each must succeed whole or be refused as DISK_FULL.
fill(192 * 1024);
const core = createCore({ workspaceDir: dir, policy: NO_POLICY, sync: { auto: false } });
const opened = await core.ready;
let added = 0;
let refusal: unknown;
for (let i = 0; i < 2000 && opened.state === 'ready'; i++) {
  const r = await core.dispatch('catalogue.create', { entry: sampleEntry(`满盘测试目录${i}`) });
  if (!r.ok) {
    refusal = r.error;
    break;
  }
  added++;
}
core.setLocale('en');
const refusalEn = opened.state === 'ready' ? await core.dispatch('catalogue.create', { entry: sampleEntry('满盘测试目录再试') }) : undefined;
await core.close().catch(() => {});

// The CLI on the full disk: `entries add`.
fill(0);
const entryFile = join(tmpdir(), `cw-disk-full-entry-${process.pid}.json`);
writeFileSync(entryFile, JSON.stringify(sampleEntry('满盘时命令行新建的目录')));
const out: string[] = [];
const err: string[] = [];
const cliExit = await runCli(['entries', 'add', '--json-file', entryFile, '--workspace', dir, '--json'], { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
const errText: string[] = [];
const cliExitText = await runCli(['entries', 'add', '--json-file', entryFile, '--workspace', dir], { out: () => {}, err: (t) => errText.push(t) }, { LANG: 'zh_CN.UTF-8' });
rmSync(entryFile, { force: true });

// Room again: every write that was answered ok is there, nothing else.
rmSync(filler);
const after = createCore({ workspaceDir: dir, policy: NO_POLICY, sync: { auto: false } });
const reopened = await after.ready;
const list = reopened.state === 'ready' ? await call(after, 'catalogue.list', { limit: 10 }) : undefined;
await after.close();

process.stdout.write(
  `${JSON.stringify({ opened: opened.state, added, refusal, refusalEn, cli: { exit: cliExit, out: out.join('\n'), err: err.join('\n') }, cliText: { exit: cliExitText, err: errText.join('\n') }, reopened: reopened.state, total: list?.total })}\n`,
);
