#!/usr/bin/env node
// Bundles the CLI (electron/cli/index.ts) into out/cli/index.js: Node platform, ESM, every
// `dependencies` package external (sqlite3 is native; the others ship in node_modules), and the
// SQL migrations copied beside the bundle, where migrate.ts's defaultMigrationsDir() looks.
import { build } from 'esbuild';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const outDir = `${root}out/cli`;

rmSync(outDir, { recursive: true, force: true });
await build({
  entryPoints: [`${root}electron/cli/index.ts`],
  outfile: `${outDir}/index.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: Object.keys(pkg.dependencies ?? {}),
  alias: { '@shared': `${root}shared` },
  sourcemap: true,
  logLevel: 'warning',
  // An ESM bundle has no `require`; a bundled CommonJS module may still call it.
  banner: { js: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);" },
});
cpSync(`${root}electron/core/db/migrations`, `${outDir}/migrations`, { recursive: true, filter: (f) => !f.endsWith('.ts') });
console.log('built out/cli/index.js');
