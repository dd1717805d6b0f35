import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../renderer/src/i18n/resources';

// One format per kind: every date and moment on screen goes through renderer/src/format. Read as
// text here: the renderer's own tests use no Node built-ins.
const SRC = join(import.meta.dirname, '../../renderer/src');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Ways of turning a date into text anywhere but the shared formatters. */
const OWN_DATE_FORMAT: readonly RegExp[] = [
  /\.(toLocaleString|toLocaleDateString|toLocaleTimeString)\(/,
  /new Intl\.DateTimeFormat\(/,
  /dayjs\([^)]*\)\s*\.format\(/,
  /\.format\(\s*['"`][YMDHhms]/,
  // An ISO instant cut to its day or minute: the day in UTC, not the officer's.
  /At\??\.(slice|substring)\(0,\s*(10|16)\)/,
  /render: \([^)]*\) => \w+\.(slice|substring)\(0,\s*(10|16)\)/,
  /\.replace\('T', ' '\)/,
];

describe('one format per kind', () => {
  const files = sources(SRC).filter((f) => !relative(SRC, f).startsWith('format/'));

  it('the scan sees the screens', () => {
    expect(files.length).toBeGreaterThan(100);
    // The patterns catch what they are for.
    expect(OWN_DATE_FORMAT.some((p) => p.test("r.submittedAt.slice(0, 16).replace('T', ' ')"))).toBe(true);
    expect(OWN_DATE_FORMAT.some((p) => p.test("dayjs(row.updatedAt).format('YYYY-MM-DD HH:mm')"))).toBe(true);
    expect(OWN_DATE_FORMAT.some((p) => p.test('new Date(x).toLocaleString()'))).toBe(true);
    expect(OWN_DATE_FORMAT.some((p) => p.test("{ dataIndex: 'issuedAt', render: (v: string) => v.slice(0, 10) }"))).toBe(true);
  });

  it('no screen formats a date or moment itself', () => {
    const offenders = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(SRC, f)}:${i + 1}` }))
        .filter(({ line }) => OWN_DATE_FORMAT.some((p) => p.test(line)))
        .map(({ at, line }) => `${at}  ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('no screen shows a format type by its stored code', () => {
    const raw = files.filter((f) => /\$\{[^}]*\.formatType\}/.test(readFileSync(f, 'utf8')));
    expect(raw).toEqual([]);
  });
});

describe('counts in English', () => {
  const NOUNS = /\{\{count[^}]*\}\}[^{]*\b(entries|demands|items|problems|errors|warnings|comments|requests|results|days)\b/;
  function leaves(tree: unknown, prefix = ''): [string, string][] {
    if (typeof tree === 'string') return [[prefix, tree]];
    return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  const en = leaves(RESOURCES.en);
  const keys = new Set(en.map(([k]) => k));

  it('a counted noun has its singular ("1 entry", never "1 entries")', () => {
    const plural = en.filter(([k, v]) => !k.endsWith('_one') && NOUNS.test(v));
    expect(plural.length).toBeGreaterThan(10);
    const withoutSingular = plural.map(([k]) => k).filter((k) => !(k.endsWith('_other') && keys.has(k.replace(/_other$/, '_one'))));
    expect(withoutSingular).toEqual([]);
  });
});
