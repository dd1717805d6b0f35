import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pushResponseSchema, type Operation } from '@shared/protocol/index';
import type { DemoAccount } from './seed/demo';
import { Client, sampleEntry } from '../tests/helpers/platform';

const dir = mkdtempSync(join(tmpdir(), 'cw-platform-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The platform as its own process, as in production: started by the CLI, killed with SIGKILL. */
async function start(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'platform/main.ts', '--port', '0', '--data', dir, '--seed', 'demo', '--seed-shared', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`platform exited (${code}) before listening`)));
  });
  return { child, url };
}

const kill = (child: ChildProcess) => new Promise((r) => (child.kill('SIGKILL'), child.once('exit', r)));

describe('a platform killed mid-push', () => {
  it('loses no operation and applies none twice', async () => {
    const ops: Operation[] = Array.from({ length: 600 }, (_, i) => ({
      opId: `crash-op-${i}`,
      kind: 'catalogue.submit',
      entityId: `crash-${i}`,
      baseRevision: 0,
      payload: { code: `X/${i}`, entry: sampleEntry(`断电测试资源${i}`) },
    }));
    for (const delay of [50, 300]) {
      const { child, url } = await start();
      const accounts = JSON.parse(readFileSync(join(dir, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
      const edu = await new Client(url).login(accounts.find((a) => a.user === 'yc-edu')!);
      const pending = edu.push(ops).catch(() => undefined); // dies with the platform, or lands first
      await new Promise((r) => setTimeout(r, delay));
      await kill(child);
      await pending;

      const again = await start();
      try {
        const client = await new Client(again.url).login(accounts.find((a) => a.user === 'yc-edu')!);
        const replay = pushResponseSchema.parse((await client.push(ops)).body);
        // every operation answered `accepted` at revision 1: applied exactly once, by whichever run got it
        expect(new Set(replay.results.map((a) => `${a.status}:${a.status === 'accepted' ? a.revision : '-'}`))).toEqual(new Set(['accepted:1']));
        const reviewer = await new Client(again.url).login(accounts.find((a) => a.user === 'yc-reviewer')!);
        const queue = await reviewer.send<{ total: number }>('GET', '/review/entries?limit=1');
        expect(queue.body.total).toBe(ops.length);
      } finally {
        await kill(again.child);
      }
    }
  }, 120_000);
});
