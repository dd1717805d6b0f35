// `npm run openapi`: writes platform/openapi.json from the zod schemas of shared/protocol.
// `--check` exits 1 when the committed file is not current (platform/openapi.test.ts does the same in `npm test`).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderOpenApi } from '../shared/protocol/openapi';

const target = fileURLToPath(new URL('../platform/openapi.json', import.meta.url));
const doc = renderOpenApi();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== doc) {
    console.error('platform/openapi.json is not current: run `npm run openapi` and commit it.');
    process.exit(1);
  }
  console.log('platform/openapi.json is current.');
} else {
  writeFileSync(target, doc);
  console.log(`wrote ${target} (${doc.length} bytes)`);
}
