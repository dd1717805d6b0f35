import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/core';

/**
 * `npm run package` for real, as far as this machine allows: `electron-vite build`, then
 * `electron-builder --dir` for linux x64 against a stand-in Electron distribution (no Electron
 * download here): an `electron` file carrying the fuse wire, so the fuses electron-builder flips
 * are read back. Without CW_UPDATE_URL or any other environment setting.
 */
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const asar = require('@electron/asar') as { listPackage(archive: string, options?: object): string[]; extractFile(archive: string, file: string): Buffer };
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as {
  getCurrentFuseWire(exe: string): Promise<Record<number, number>>;
  FuseV1Options: Record<string, number>;
};
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

const work = tempDir('cw-package-');
let appDir = '';
let archive = '';
let log = '';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}
const size = (dir: string) => files(dir).reduce((n, f) => n + statSync(f).size, 0);

beforeAll(() => {
  const dist = join(work.dir, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  // Electron's default fuse wire (version 1, eight fuses): RunAsNode, NODE_OPTIONS, --inspect and
  // file:// privileges on; cookie encryption, ASAR integrity, ASAR-only, browser V8 snapshot off.
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]));
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'version'), '45.4.1');
  writeFileSync(join(dist, 'LICENSE'), 'stand-in');

  const env: NodeJS.ProcessEnv = { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_OFFLINE: 'true' };
  delete env.CW_UPDATE_URL;
  // The renderer must land in out/renderer, where electron-builder takes it from.
  delete env.CW_RENDERER_OUT;
  // electron-builder keeps quiet under vitest; its log is what this check reads on failure.
  delete env.VITEST;
  const run = (cmd: string, args: string[]) => {
    const exe = cmd === 'node' ? process.execPath : join(root, 'node_modules', '.bin', cmd);
    const r = spawnSync(exe, args, { cwd: root, env, encoding: 'utf8', timeout: 240_000 });
    log += `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}):\n${log.slice(-3000)}`);
  };
  // What `npm run package` runs before electron-builder.
  run('electron-vite', ['build']);
  run('node', ['scripts/build-cli.mjs']);
  const output = join(work.dir, 'release');
  run('electron-builder', ['--dir', '--linux', '--x64', `-c.electronDist=${dist}`, `-c.directories.output=${output}`]);
  appDir = join(output, 'linux-unpacked');
  archive = join(appDir, 'resources', 'app.asar');
}, 300_000);
afterAll(() => work.cleanup());

describe('the packaged app (electron-builder --dir)', () => {
  it('holds main, preload, core host, renderer, the CLI and every migration in app.asar', () => {
    const listed = asar.listPackage(archive).map((p) => p.split(sep).join('/'));
    for (const f of ['/out/main/index.cjs', '/out/main/core-host.cjs', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/cli/main.js', '/package.json']) expect(listed).toContain(f);
    const migrations = readdirSync(join(root, 'electron/core/db/migrations')).filter((f) => f.endsWith('.sql'));
    expect(migrations.length).toBeGreaterThan(0);
    for (const m of migrations) {
      expect(listed).toContain(`/out/main/migrations/${m}`);
      expect(listed).toContain(`/out/cli/migrations/${m}`);
    }
    expect(listed.filter((p) => p.endsWith('.map'))).toEqual([]);
  });

  it('ships no platform-only or development package', () => {
    const listed = asar.listPackage(archive).map((p) => p.split(sep).join('/'));
    const packages = new Set(listed.map((p) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1]).filter(Boolean));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(packages.has('fastify')).toBe(false);
    // A devDependency ships only as a shipped package's own dependency (dayjs: exceljs's too).
    const neededByShipped = new Set(
      listed
        .filter((p) => /\/node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/.test(p))
        .flatMap((p) => Object.keys((JSON.parse(asar.extractFile(archive, p.slice(1)).toString('utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {})),
    );
    for (const dev of Object.keys(pkg.devDependencies)) expect(packages.has(dev) && !neededByShipped.has(dev), dev).toBe(false);
    for (const dep of Object.keys(pkg.dependencies)) expect(packages.has(dep), dep).toBe(true);
  });

  it('leaves to node_modules only runtime dependencies: the bundles require no devDependency', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const bundles = [...files(join(root, 'out/main')), ...files(join(root, 'out/cli'))].filter((f) => /\.(c?js)$/.test(f));
    const required = new Set<string>();
    for (const f of bundles) {
      // Not ajv's (bundled with electron-store) code templates: `require("ajv/dist/…")` inside a template literal is text it emits for standalone validators, never run here.
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:(?<!`)require\(|from\s+|import\()\s*["']([^"'./][^"']*)["']/g)) {
        const spec = m[1] as string;
        if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0] as string)) continue;
        required.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
      }
    }
    required.delete('electron');
    expect(required.size).toBeGreaterThan(0);
    for (const r of required) expect(Object.keys(pkg.dependencies), r).toContain(r);
  });

  it('ships every package a shipped package depends on', (ctx) => {
    // electron-builder's npm collector reads `npm ls`; where node_modules is not a plain npm
    // install (a symlink to another checkout's), npm reports the nested dependencies missing.
    if (log.includes('cannot find path for dependency')) ctx.skip('electron-builder could not resolve the dependency tree of this node_modules (not a plain npm install); see the packaging log');
    const listed = new Set(asar.listPackage(archive).map((p) => p.split(sep).join('/')));
    const manifests = [...listed].filter((p) => /^\/node_modules\/(?:.*\/node_modules\/)?(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(p) && !/\/node_modules\/[^/]+\/(?!node_modules\/)[^/]+\/.*package\.json$/.test(p.replace(/\/node_modules\/@[^/]+\//g, '/node_modules/@scope-')));
    expect(manifests.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const manifest of manifests) {
      const dir = manifest.slice(0, -'/package.json'.length);
      const deps = (JSON.parse(asar.extractFile(archive, manifest.slice(1)).toString('utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};
      // Type declarations are never loaded at run time (electron-builder.yml leaves @types out).
      for (const dep of Object.keys(deps).filter((d) => !d.startsWith('@types/'))) {
        // Node's lookup: <dir>/node_modules/dep, then each enclosing node_modules up to the root.
        let found = false;
        for (let d = dir; d !== '' && !found; d = d.slice(0, Math.max(0, d.lastIndexOf('/node_modules/')))) {
          found = listed.has(`${d}/node_modules/${dep}/package.json`);
        }
        if (!found && !listed.has(`/node_modules/${dep}/package.json`)) missing.push(`${dir.replace(/^\/node_modules\//, '')} → ${dep}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('unpacks sqlite3’s binary and nothing else of its build', () => {
    const unpackedRoot = `${archive}.unpacked`;
    expect(files(unpackedRoot).map((f) => relative(unpackedRoot, f).split(sep).join('/'))).toEqual(['node_modules/sqlite3/build/Release/node_sqlite3.node']);
    const sqlite = asar.listPackage(archive).map((p) => p.split(sep).join('/')).filter((p) => p.includes('/node_modules/sqlite3/'));
    expect(sqlite.filter((p) => /\/(src|deps|node-addon-api|obj|obj\.target|\.deps)\/|\.(gyp|gypi|mk|a|tar\.gz|h|cc)$|Makefile/.test(p))).toEqual([]);
    expect(sqlite).toContain('/node_modules/sqlite3/lib/sqlite3.js');
  });

  it('flips the fuses in the executable', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'catalogue-workbench'));
    const fuse = (name: string) => wire[FuseV1Options[name] as number];
    expect(fuse('RunAsNode')).toBe(OFF);
    expect(fuse('EnableNodeOptionsEnvironmentVariable')).toBe(OFF);
    expect(fuse('EnableNodeCliInspectArguments')).toBe(OFF);
    expect(fuse('GrantFileProtocolExtraPrivileges')).toBe(OFF);
    expect(fuse('EnableCookieEncryption')).toBe(ON);
    expect(fuse('EnableEmbeddedAsarIntegrityValidation')).toBe(ON);
    expect(fuse('OnlyLoadAppFromAsar')).toBe(ON);
  });

  it('needs no update URL at packaging time: the policy gives it at run time', () => {
    expect(readFileSync(join(appDir, 'resources', 'app-update.yml'), 'utf8')).toContain('provider: generic');
    const asarBytes = statSync(archive).size;
    const unpackedBytes = size(`${archive}.unpacked`);
    console.info(`package size: app.asar ${asarBytes} B + app.asar.unpacked ${unpackedBytes} B = ${asarBytes + unpackedBytes} B`);
  });
});
