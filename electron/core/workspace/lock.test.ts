import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock } from './lock';

const ROOT = resolve(__dirname, '../../..');
const LOCK = resolve(__dirname, 'lock.ts');

/**
 * A contender takes the lock `rounds` times. While it holds it, it creates a marker file
 * exclusively: a marker that already exists means another process holds the lock too.
 */
const CONTENDER = `
import { openSync, closeSync, rmSync, appendFileSync } from 'node:fs';
import { acquireLock } from ${JSON.stringify(LOCK)};
const [lock, marker, log, rounds] = process.argv.slice(2);
let overlaps = 0, taken = 0;
for (let i = 0; i < Number(rounds); ) {
  let release;
  try { release = acquireLock(lock, new Date()); } catch (err) { if (err.code === 'WORKSPACE_LOCKED') continue; throw err; }
  i++; taken++;
  try { closeSync(openSync(marker, 'wx')); } catch { overlaps++; }
  for (let k = 0; k < 200; k++) Math.sqrt(k);
  rmSync(marker, { force: true });
  release();
}
appendFileSync(log, JSON.stringify({ taken, overlaps }) + '\\n');
`;

function run(script: string, args: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? -1));
  });
}

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('workspace lock', () => {
  it('is held by one process at a time when several processes race for it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lock-race-'));
    const script = join(dir, 'contender.ts');
    writeFileSync(script, CONTENDER);
    const log = join(dir, 'log.jsonl');
    const args = [join(dir, 'workspace.lock'), join(dir, 'held.marker'), log, '400'];
    const codes = await Promise.all([run(script, args), run(script, args), run(script, args), run(script, args)]);
    expect(codes).toEqual([0, 0, 0, 0]);
    const results = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { taken: number; overlaps: number });
    expect(results.reduce((n, r) => n + r.taken, 0)).toBe(1600);
    expect(results.reduce((n, r) => n + r.overlaps, 0)).toBe(0);
  }, 120_000);

  it('release leaves a lock that another process has since taken', () => {
    dir = mkdtempSync(join(tmpdir(), 'lock-owner-'));
    const file = join(dir, 'workspace.lock');
    const release = acquireLock(file, new Date());
    // Another (live) process now holds the file, e.g. after an administrator removed ours.
    rmSync(file);
    const theirs = JSON.stringify({ pid: process.ppid, host: 'elsewhere', at: new Date().toISOString(), nonce: 'theirs' });
    writeFileSync(file, theirs);
    release();
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('takes over a lock left by a process that no longer runs, and refuses one held by a live process', () => {
    dir = mkdtempSync(join(tmpdir(), 'lock-stale-'));
    const file = join(dir, 'workspace.lock');
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), at: '2026-01-01T00:00:00Z' }));
    const release = acquireLock(file, new Date());
    release();
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, JSON.stringify({ pid: process.ppid, host: hostname(), at: '2026-01-01T00:00:00Z' }));
    expect(() => acquireLock(file, new Date())).toThrow(expect.objectContaining({ code: 'WORKSPACE_LOCKED' }));
  });
});
