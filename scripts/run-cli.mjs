#!/usr/bin/env node
// `npm run cli -- <command> …`: runs the bundled CLI (out/cli/index.js) with plain Node instead of
// compiling the TypeScript at every call. The bundle is rebuilt (scripts/build-cli.mjs) only when a
// source it is made of (electron/, shared/, package.json) is newer than it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'out/cli/index.js');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|sql|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const stale = () => {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return Math.max(newestSource(join(root, 'electron')), newestSource(join(root, 'shared')), statSync(join(root, 'package.json')).mtimeMs) > built;
};

if (stale()) {
  const b = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
