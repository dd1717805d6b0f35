/**
 * Writes the blank import templates shipped in assets/templates/ (national wording):
 * `npx tsx scripts/make-templates.ts`. The app writes the same workbooks on demand, in the
 * workspace profile's wording, through `exchange.template`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYOUTS } from '../shared/exchange/columns';
import { getProfile } from '../shared/profiles/index';
import { buildWorkbook } from '../electron/core/exchange/write';

const dir = join(import.meta.dirname, '..', 'assets', 'templates');
mkdirSync(dir, { recursive: true });
for (const layout of LAYOUTS) {
  const file = join(dir, `catalogue-${layout}.xlsx`);
  writeFileSync(file, await buildWorkbook(layout, [], getProfile('national')));
  console.log(`wrote ${file}`);
}
