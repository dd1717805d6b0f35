import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The renderer's query keys all come from renderer/src/api/queryKeys.ts, built on the contract's
// changed-entity enum, so a change event invalidates what it should. Read as text here: the
// renderer's own tests use no Node built-ins.
const SRC = join(import.meta.dirname, '../../renderer/src');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) && !d.name.endsWith('.test.ts') ? [join(dir, d.name)] : []));
}

it('no renderer source writes a query key by hand', () => {
  const all = sources(SRC);
  expect(all.some((f) => f.endsWith('queryKeys.ts'))).toBe(true);
  const handWritten = all.filter((f) => !f.endsWith('queryKeys.ts') && /queryKey:\s*\[/.test(readFileSync(f, 'utf8')));
  expect(handWritten).toEqual([]);
});
