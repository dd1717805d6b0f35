import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The project stands on its own: no source, doc, test or UI text points at design notes or
// regulation files kept outside the repository (a rule is cited as 《title》第N条, from the
// jurisdiction profile), and no text tells the history of the work instead of what is.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SELF = relative(ROOT, fileURLToPath(import.meta.url));
const TEXT = /\.(ts|tsx|js|mjs|cjs|md|json|sql|ya?ml|html|css)$/;

// Built from parts so that this file does not match itself.
const NOTE = ['DOMAIN', 'DESIGN', 'GLOSSARY'].join('|');
const FORBIDDEN: [string, RegExp][] = [
  ['a section of an outside design note', new RegExp(`\\b(${NOTE})(\\.md)? ?§`)],
  ['an outside design note', new RegExp(`\\b(${NOTE})\\.md\\b`)],
  ['a regulation file', new RegExp(['regulations', '/'].join(''))],
  ['a regulation file name', /\b\d{3}_[0-9a-f]{16}\.txt\b/],
  ['the history of the work', new RegExp(['session', ' ?\\d'].join(''), 'i')],
  ['a team role', new RegExp(['(sync|search|import)', ' engineer'].join(''), 'i')],
];

// Outside a git checkout (a source archive), every file but what .gitignore leaves out.
const UNTRACKED = new Set(['node_modules', 'out', 'dist', 'release', 'coverage', 'test-results', 'playwright-report', '.test-results', '.tmp', '.git', 'artifacts']);
function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = dir ? `${dir}/${d.name}` : d.name;
    if (d.isDirectory()) return UNTRACKED.has(d.name) ? [] : walk(path);
    return [path];
  });
}

function trackedTextFiles(): string[] {
  let files: string[];
  try {
    files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] }).split('\0');
  } catch {
    files = walk('');
  }
  return files.filter((f) => f && TEXT.test(f) && f !== SELF && f !== 'bench-results.json' && existsSync(join(ROOT, f)));
}

function findings(name: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [what, re] of FORBIDDEN) if (re.test(line)) found.push(`${name}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
  });
  return found;
}

describe('the repository stands on its own', () => {
  it('recognises every kind of outside reference (so the scan below can fail)', () => {
    const probes = [
      ['DOM', 'AIN §4.1'].join(''),
      ['see DES', 'IGN.md'].join(''),
      ['GLOSS', 'ARY.md'].join(''),
      ['regul', 'ations/001_773023b3c4ebc742.txt'].join(''),
      ['001_773023b3c4ebc742', '.txt'].join(''),
      ['Sess', 'ion 3 design'].join(''),
      ['the sync', ' engineer'].join(''),
    ];
    for (const p of probes) expect(findings('probe', p), p).not.toHaveLength(0);
    expect(findings('probe', '《伊川县政务数据资源共享管理暂行办法》第二十九条; docs/glossary.md')).toEqual([]);
  });

  it('has no tracked source, doc, test or UI text that points outside the repository', () => {
    const files = trackedTextFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => findings(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
