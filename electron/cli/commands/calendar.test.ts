import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/helpers/core';
import { runCli } from '../main';

/** Runs the CLI in-process with captured output; the calendar commands need no workspace. */
async function cli(argv: string[], lang = 'en_US.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: lang });
  return { code, out: out.join('\n'), err: err.join('\n'), json: () => JSON.parse(out.join('\n')) as unknown };
}

describe('calendar add-working-days', () => {
  it('gives the due date as JSON', async () => {
    const r = await cli(['calendar', 'add-working-days', '2025-09-30', '3', '--json']);
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ due: '2025-10-11', calendarCovered: true });
  });

  it('flags a due date in a year without a published schedule', async () => {
    const r = await cli(['calendar', 'add-working-days', '2026-12-28', '5', '--json']);
    expect(r.json()).toEqual({ due: '2027-01-04', calendarCovered: false });
  });

  it('prints the date, and the warning in the chosen language, without --json', async () => {
    expect(await cli(['calendar', 'add-working-days', '2025-12-31', '10'])).toMatchObject({ code: 0, out: '2026-01-15', err: '' });
    const en = await cli(['calendar', 'add-working-days', '2026-12-28', '5']);
    expect(en).toMatchObject({ code: 0, out: '2027-01-04' });
    expect(en.err).toContain('not yet published for 2027');
    expect((await cli(['calendar', 'add-working-days', '2026-12-28', '5'], 'zh_CN.UTF-8')).err).toContain('2027 年节假日安排尚未发布');
  });

  it('accepts a profile', async () => {
    const r = await cli(['calendar', 'add-working-days', '2026-02-13', '3', '--profile', 'yichuan', '--json']);
    expect(r.json()).toEqual({ due: '2026-02-25', calendarCovered: true });
  });

  it.each([
    [['2026-02-30', '3'], 'start', 'calendar.invalidDate'],
    [['2026-03-02', '-1'], 'n', 'calendar.invalidCount'],
    [['2026-03-02', 'three'], 'n', 'calendar.invalidCount'],
    [['2026-03-02', '3', '--profile', 'atlantis'], 'profile', 'calendar.unknownProfile'],
  ])('exits 2 with the errors for %j', async (argv, path, code) => {
    const r = await cli(['calendar', 'add-working-days', ...argv, '--json']);
    expect(r.code).toBe(2);
    const body = r.json() as { errors: { path: string; code: string; message: string }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ path, code });
    expect(body.errors[0]!.message).not.toBe(code); // translated
  });

  it('exits 1 on usage errors', async () => {
    expect((await cli(['calendar', 'add-working-days', '2026-03-02'])).code).toBe(1);
    expect((await cli(['calendar', 'add-working-days', '2026-03-02', '3', '4'])).code).toBe(1);
    expect((await cli(['calendar', 'add-working-days', '2026-03-02', '3', '--profile'])).code).toBe(1);
  });
});

describe('calendar between', () => {
  it('counts working days after FROM up to and including TO', async () => {
    expect((await cli(['calendar', 'between', '2024-12-31', '2025-12-31', '--json'])).json()).toEqual({ workingDays: 248 });
    expect((await cli(['calendar', 'between', '2025-09-30', '2025-10-11', '--json'])).json()).toEqual({ workingDays: 3 });
    expect(await cli(['calendar', 'between', '2026-03-02', '2026-03-02'])).toMatchObject({ code: 0, out: '0' });
  });

  it('exits 2 for a reversed range or a bad date, 1 without both dates', async () => {
    const reversed = await cli(['calendar', 'between', '2026-03-10', '2026-03-02', '--json']);
    expect(reversed.code).toBe(2);
    expect(reversed.json()).toEqual({ errors: [{ path: 'to', code: 'calendar.reversedRange', message: 'The end date 2026-03-02 is before the start date 2026-03-10' }] });
    const bad = await cli(['calendar', 'between', '2026-3-1', '2026-03-02']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('from');
    expect((await cli(['calendar', 'between', '2026-03-10'])).code).toBe(1);
  });
});

describe('--holidays FILE', () => {
  const { dir, cleanup } = tempDir('cw-calendar-');
  afterAll(cleanup);
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('counts with an override year and covers it', async () => {
    const holidays = file('2027.json', JSON.stringify({ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }));
    const r = await cli(['calendar', 'add-working-days', '2026-12-28', '5', '--holidays', holidays, '--json']);
    expect(r.json()).toEqual({ due: '2027-01-05', calendarCovered: true });
  });

  it('exits 2 naming the bad field of an override file, or the unreadable file', async () => {
    const bad = file('bad.json', JSON.stringify([{ year: 2027, days: [{ name: '元旦', date: '2027-02-29', isOffDay: true }] }]));
    const r = await cli(['calendar', 'between', '2026-12-28', '2027-01-08', '--holidays', bad, '--json']);
    expect(r.code).toBe(2);
    expect(r.json()).toMatchObject({ errors: [{ path: 'overrides.0.days.0.date', code: 'calendar.invalidDate' }] });
    const garbled = await cli(['calendar', 'between', '2026-12-28', '2027-01-08', '--holidays', file('x.json', '{oops'), '--json']);
    expect(garbled.code).toBe(2);
    expect(garbled.json()).toMatchObject({ errors: [{ path: 'holidays', code: 'calendar.unreadableFile' }] });
  });
});
