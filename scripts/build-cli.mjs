#!/usr/bin/env node
// Bundles the CLI (electron/cli/index.ts) into out/cli/index.js (and main.js, see below): Node platform, ESM, every
// `dependencies` package external (sqlite3 is native; the others ship in node_modules), and the
// SQL migrations copied beside the bundle, where migrate.ts's defaultMigrationsDir() looks.
import { build } from 'esbuild';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const outDir = `${root}out/cli`;

/**
 * Leaves `dependencies` (and their subpaths) to node_modules, except JSON data files: Node's ESM
 * loader needs an import attribute for those, which an external import would lose; inlined, they
 * cannot go missing either.
 */
function externalDependencies(deps) {
  const pattern = new RegExp(`^(${deps.map((d) => d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(/|$)`);
  return {
    name: 'external-dependencies',
    setup(b) {
      b.onResolve({ filter: pattern }, (args) => (args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
    },
  };
}

rmSync(outDir, { recursive: true, force: true });
await build({
  // index.js runs the CLI; main.js exports runCli for the installed app's `--cli` mode (the main
  // process imports it). Shared code goes to chunks beside them, next to the migrations.
  entryPoints: { index: `${root}electron/cli/index.ts`, main: `${root}electron/cli/main.ts` },
  outdir: outDir,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalDependencies(Object.keys(pkg.dependencies ?? {}))],
  alias: { '@shared': `${root}shared` },
  sourcemap: true,
  logLevel: 'warning',
  // An ESM bundle has no `require`; a bundled CommonJS module may still call it.
  banner: { js: "import { createRequire as __cwCreateRequire } from 'node:module'; const require = __cwCreateRequire(import.meta.url);" },
});
cpSync(`${root}electron/core/db/migrations`, `${outDir}/migrations`, { recursive: true, filter: (f) => !f.endsWith('.ts') });
console.log('built out/cli/index.js and out/cli/main.js');
