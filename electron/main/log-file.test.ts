import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/core';
import { fileLogger } from './log-file';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir() {
  const t = tempDir('cw-log-');
  cleanups.push(t.cleanup);
  return t.dir;
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('file logger', () => {
  it('appends one JSON record per line, creating the folder', () => {
    const file = join(dir(), 'logs', 'main.log');
    const log = fileLogger(file, { now: () => new Date('2026-03-02T09:00:00Z') });
    log('warn', 'navigation refused', { url: 'https://evil.example/' });
    log('error', 'core: unexpected error');
    expect(lines(file)).toEqual([
      { at: '2026-03-02T09:00:00.000Z', level: 'warn', message: 'navigation refused', data: { url: 'https://evil.example/' } },
      { at: '2026-03-02T09:00:00.000Z', level: 'error', message: 'core: unexpected error' },
    ]);
  });

  it('moves a full file aside and keeps one generation', () => {
    const file = join(dir(), 'main.log');
    const log = fileLogger(file, { maxBytes: 200 });
    for (let i = 0; i < 10; i++) log('info', `record ${i}`, { pad: 'x'.repeat(40) });
    expect(existsSync(`${file}.1`)).toBe(true);
    expect(readFileSync(file, 'utf8').length).toBeLessThanOrEqual(200);
    const last = lines(file).at(-1);
    expect(last?.message).toBe('record 9');
    expect(lines(`${file}.1`).every((r) => typeof r.message === 'string')).toBe(true);
  });

  it('never throws when it cannot write', () => {
    const blocker = join(dir(), 'file');
    fileLogger(blocker)('info', 'x');
    // The log "folder" is a file now: writing beneath it fails, silently.
    expect(() => fileLogger(join(blocker, 'sub', 'main.log'))('error', 'lost')).not.toThrow();
  });
});
