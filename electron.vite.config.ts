import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CHANNEL_NAMES, EVENT_NAMES } from './shared/ipc/contract';
import { rendererConfig } from './renderer/vite.config';

/**
 * One build for the app (`npm run build` adds the CLI, scripts/build-cli.mjs):
 * - main: the shell (out/main/index.cjs) and the core host run as a utilityProcess
 *   (out/main/core-host.cjs). CommonJS: package.json's `main` names it, the utility process and
 *   electron-vite's bytecode option take it without ESM caveats, and `import.meta.url` (migrate.ts)
 *   is rewritten for it. `dependencies` (sqlite3, zod, electron-updater…) stay external and ship in node_modules;
 *   any devDependency main imports would be bundled.
 * - preload: one self-contained CommonJS file (a sandboxed preload can neither `require` files nor
 *   be ESM), with the contract's channel names inlined instead of zod.
 * - renderer: the very config of renderer/vite.config.ts, so the app and the e2e harness run the
 *   same bundle.
 */
const r = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Copies the SQL migrations beside the main bundle, where migrate.ts's defaultMigrationsDir() looks. */
function copyMigrations(): Plugin {
  return {
    name: 'catalogue:copy-migrations',
    apply: 'build',
    writeBundle(options) {
      if (options.dir) cpSync(r('./electron/core/db/migrations'), `${options.dir}/migrations`, { recursive: true, filter: (f) => !f.endsWith('.ts') });
    },
  };
}

/** `virtual:ipc-names`: the channel and event names of the contract, so the preload needs no zod. */
function ipcNames(): Plugin {
  const id = 'virtual:ipc-names';
  return {
    name: 'catalogue:ipc-names',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (loaded) =>
      loaded === `\0${id}`
        ? `export const CHANNEL_NAMES = Object.freeze(${JSON.stringify(CHANNEL_NAMES)});\nexport const EVENT_NAMES = Object.freeze(${JSON.stringify(EVENT_NAMES)});\n`
        : undefined,
  };
}

const alias = { '@shared': r('./shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    plugins: [copyMigrations()],
    build: {
      outDir: r('./out/main'),
      rolldownOptions: {
        input: { index: r('./electron/main/index.ts'), 'core-host': r('./electron/main/core-host.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
  },
  preload: {
    resolve: { alias },
    plugins: [ipcNames()],
    build: {
      outDir: r('./out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: r('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: rendererConfig,
});
