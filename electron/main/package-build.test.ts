import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/core';

/**
 * `npm run package` for real, as far as this machine allows: `electron-vite build`, then
 * `electron-builder --dir` for linux x64 against a stand-in Electron distribution (no Electron
 * download here): an `electron` file carrying the fuse wire, so the fuses electron-builder flips
 * are read back. Without CW_UPDATE_URL or any other environment setting. The build's hook writes
 * the x64 deb (scripts/package-deb.mjs); the arm64 one is built by the same script from a copy of
 * that folder holding a stand-in arm64 sqlite3 binary. The debs are zstd-compressed here
 * (`deb.compression`), which takes well under a second instead of xz's ~40 s.
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
const pkgJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; homepage?: string; author: { name: string; email: string } };
const { getConfig } = require('app-builder-lib/out/util/config/config.js') as { getConfig(projectDir: string, configPath: string | null, options: null): Promise<Record<string, unknown>> };
const SQLITE_NODE = 'resources/app.asar.unpacked/node_modules/sqlite3/build/Release/node_sqlite3.node';
type DebScript = {
  buildDeb(o: { unpackedDir: string; arch: string; outDir: string; config: Record<string, unknown>; log?: (m: string) => void }): string;
  maintainerOf(pkg: unknown): string;
  DEB_DEPENDS: string[];
  DEB_RECOMMENDS: string[];
};
const debScript = async () => (await import(pathToFileURL(join(root, 'scripts/package-deb.mjs')).href)) as DebScript;
/** The first 64 bytes of a little-endian 64-bit ELF shared object for the given machine (62 x86-64, 183 AArch64). */
function elfHeader(machine: number): Buffer {
  const b = Buffer.alloc(64);
  b.write('\x7fELF', 0, 'latin1');
  b[4] = 2;
  b[5] = 1;
  b[6] = 1;
  b.writeUInt16LE(3, 16);
  b.writeUInt16LE(machine, 18);
  return b;
}
let appDir = '';
let archive = '';
let log = '';
let output = '';
let debX64 = '';
let debArm64 = '';
let refusedArm64 = '';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}
const size = (dir: string) => files(dir).reduce((n, f) => n + statSync(f).size, 0);

beforeAll(async () => {
  const dist = join(work.dir, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  // Electron's default fuse wire (version 1, eight fuses): RunAsNode, NODE_OPTIONS, --inspect and
  // file:// privileges on; cookie encryption, ASAR integrity, ASAR-only, browser V8 snapshot off.
  writeFileSync(join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]));
  chmodSync(join(dist, 'electron'), 0o755);
  // Electron's Linux zip has Chromium's setuid sandbox helper beside the executable.
  writeFileSync(join(dist, 'chrome-sandbox'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(dist, 'chrome-sandbox'), 0o755);
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
  output = join(work.dir, 'release');
  run('electron-builder', ['--dir', '--linux', '--x64', `-c.electronDist=${dist}`, `-c.directories.output=${output}`, '-c.deb.compression=zst']);
  appDir = join(output, 'linux-unpacked');
  archive = join(appDir, 'resources', 'app.asar');
  debX64 = join(output, `catalogue-workbench_${pkgJson.version}_amd64.deb`);

  // arm64: the same app folder, with sqlite3's binary as built on an arm64 machine (a stand-in:
  // an ELF header for AArch64). First as it is, with the x64 binary, which the script refuses.
  const arm64Dir = join(work.dir, 'linux-arm64-unpacked');
  cpSync(appDir, arm64Dir, { recursive: true });
  const refused = spawnSync(process.execPath, ['scripts/package-deb.mjs', '--arch', 'arm64', '--unpacked', arm64Dir, '--out', output], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  refusedArm64 = `${refused.status} ${refused.stderr}`;
  writeFileSync(join(arm64Dir, SQLITE_NODE), elfHeader(183));
  const config = { ...(await getConfig(root, join(root, 'electron-builder.yml'), null)), deb: { compression: 'zst' } };
  debArm64 = (await debScript()).buildDeb({ unpackedDir: arm64Dir, arch: 'arm64', outDir: output, config, log: (m: string) => void (log += `${m}\n`) });
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

describe('the Linux debs (scripts/package-deb.mjs, dpkg-deb)', () => {
  const dpkg = (...args: string[]) => {
    const r = spawnSync('dpkg-deb', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`dpkg-deb ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const field = (deb: string, name: string) => dpkg('-f', deb, name).trim();
  const contents = (deb: string) =>
    dpkg('--contents', deb)
      .trim()
      .split('\n')
      .map((line) => {
        const [mode, owner, bytes, , , ...rest] = line.split(/\s+/);
        return { mode: mode!, owner: owner!, bytes: Number(bytes), path: rest.join(' ').replace(/ -> .*$/, '') };
      });
  const debs = () => [
    { deb: debX64, arch: 'amd64', elf: 62, dir: appDir },
    { deb: debArm64, arch: 'arm64', elf: 183, dir: join(work.dir, 'linux-arm64-unpacked') },
  ];

  it('are built for x64 by the Linux build itself and for arm64 by the script, named for Debian', () => {
    expect(existsSync(debX64)).toBe(true);
    expect(debArm64).toBe(join(output, `catalogue-workbench_${pkgJson.version}_arm64.deb`));
    expect(existsSync(debArm64)).toBe(true);
  });

  it('are listed in the update info electron-builder writes, as its own deb target would be', () => {
    const info = readFileSync(join(output, 'latest-linux.yml'), 'utf8');
    const sha512 = createHash('sha512').update(readFileSync(debX64)).digest('base64');
    expect(info).toContain(`- url: catalogue-workbench_${pkgJson.version}_amd64.deb\n    sha512: ${sha512}\n    size: ${statSync(debX64).size}\n`);
  });

  it('refuses to package x64 binaries as arm64', () => {
    expect(refusedArm64).toMatch(/^1 /);
    expect(refusedArm64).toContain('not AArch64');
    expect(refusedArm64).toContain('node_sqlite3.node');
  });

  it('declare package, version, architecture, the maintainer from package.json, electron-builder’s dependencies and both descriptions', async () => {
    const script = await debScript();
    // electron-builder's own deb defaults, so the list follows it.
    const FpmTarget = (require('app-builder-lib/out/targets/FpmTarget.js') as { default: { prototype: { getDefaultDepends(t: string): string[]; getDefaultRecommends(t: string): string[] } } }).default;
    expect(script.DEB_DEPENDS).toEqual(FpmTarget.prototype.getDefaultDepends('deb'));
    expect(script.DEB_RECOMMENDS).toEqual(FpmTarget.prototype.getDefaultRecommends('deb'));
    for (const { deb, arch, dir } of debs()) {
      expect(field(deb, 'Package')).toBe('catalogue-workbench');
      expect(field(deb, 'Version')).toBe(pkgJson.version.replace(/-/g, '~'));
      expect(field(deb, 'Architecture')).toBe(arch);
      expect(field(deb, 'Maintainer')).toBe(`${pkgJson.author.name} <${pkgJson.author.email}>`);
      expect(field(deb, 'Maintainer')).toBe(script.maintainerOf(pkgJson));
      expect(field(deb, 'Homepage')).toBe(pkgJson.homepage ?? '');
      expect(field(deb, 'Section')).toBe('misc');
      expect(field(deb, 'Priority')).toBe('optional');
      expect(field(deb, 'Depends').split(', ')).toEqual(script.DEB_DEPENDS);
      expect(field(deb, 'Recommends')).toBe('libappindicator3-1');
      const description = field(deb, 'Description');
      expect(description.split('\n')[0]).toMatch(/^Government data catalogue workbench \(政务数据目录工作台\)$/);
      expect(description).toContain('政务数据资源目录');
      expect(description).toContain("Compile, share and sync a department's government data catalogue");
      // Installed-Size in KiB covers at least every file of the package.
      const bytes = contents(deb).reduce((n, line) => n + line.bytes, 0);
      expect(bytes).toBeGreaterThan(size(dir));
      expect(Number(field(deb, 'Installed-Size'))).toBeGreaterThanOrEqual(Math.ceil(bytes / 1024));
      expect(Number(field(deb, 'Installed-Size'))).toBeLessThan(Math.ceil(bytes / 1024) + contents(deb).length + 1);
    }
  });

  it('install the app under the ASCII folder /opt/catalogue-workbench, owned by root, with the asar and the unpacked sqlite3 binary', () => {
    for (const { deb } of debs()) {
      const list = contents(deb);
      for (const { path } of list) {
        expect(path, path).toMatch(/^\.\/((opt|usr|usr\/share)\/)?$|^\.\/opt\/catalogue-workbench\/|^\.\/usr\/share\/(applications|icons|doc)\//);
        expect(path, path).toMatch(/^[\x21-\x7e]+$/);
      }
      expect(new Set(list.map((l) => l.owner))).toEqual(new Set(['root/root']));
      const mode = (p: string) => list.find((l) => l.path === p)?.mode;
      expect(mode('./opt/catalogue-workbench/resources/app.asar')).toBe('-rw-r--r--');
      expect(mode(`./opt/catalogue-workbench/${SQLITE_NODE}`)).toMatch(/^-r[w-]xr-xr-x$/);
      expect(mode('./opt/catalogue-workbench/catalogue-workbench')).toBe('-rwxr-xr-x');
      expect(mode('./opt/catalogue-workbench/chrome-sandbox')).toBe('-rwxr-xr-x');
      expect(mode('./opt/catalogue-workbench/resources/app-update.yml')).toBe('-rw-r--r--');
      expect(mode('./usr/share/applications/catalogue-workbench.desktop')).toBe('-rw-r--r--');
      expect(mode('./usr/share/icons/hicolor/512x512/apps/catalogue-workbench.png')).toBe('-rw-r--r--');
      expect(mode('./usr/share/icons/hicolor/256x256/apps/catalogue-workbench.png')).toBe('-rw-r--r--');
      // Nothing writable by group or others.
      expect(list.filter((l) => !l.mode.startsWith('l') && /^.{5}w|^.{8}w/.test(l.mode))).toEqual([]);
    }
  });

  it('carry the finished app: the same asar (fuses and integrity hash match it), electron-updater’s deb marker, the target’s sqlite3 binary', () => {
    for (const { deb, elf } of debs()) {
      const x = join(work.dir, `x-${elf}`);
      dpkg('-x', deb, x);
      const app = join(x, 'opt/catalogue-workbench');
      expect(readFileSync(join(app, 'resources/app.asar')).equals(readFileSync(archive))).toBe(true);
      expect(readFileSync(join(app, 'catalogue-workbench')).equals(readFileSync(join(appDir, 'catalogue-workbench')))).toBe(true);
      expect(readFileSync(join(app, 'resources/package-type'), 'utf8')).toBe('deb');
      expect(readFileSync(join(app, SQLITE_NODE)).readUInt16LE(18)).toBe(elf);
      const desktop = Object.fromEntries(
        readFileSync(join(x, 'usr/share/applications/catalogue-workbench.desktop'), 'utf8')
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      expect(desktop).toMatchObject({
        Type: 'Application',
        Name: 'Catalogue Workbench',
        'Name[zh_CN]': '政务数据目录工作台',
        Exec: '/opt/catalogue-workbench/catalogue-workbench %U',
        Icon: 'catalogue-workbench',
        StartupWMClass: 'catalogue-workbench',
        Categories: 'Office;',
      });
      expect(desktop['Comment[zh_CN]']).toMatch(/政务数据/);
    }
  });

  it('have a postinst that links the launcher and sets chrome-sandbox as electron-builder’s deb does, and a postrm that removes the link', () => {
    for (const { deb } of debs()) {
      const info = dpkg('--info', deb);
      // dpkg-deb marks executable control members with '*'.
      expect(info).toMatch(/\d+ bytes,\s+\d+ lines\s+\*\s+postinst\s+#!\/bin\/bash/);
      expect(info).toMatch(/\d+ bytes,\s+\d+ lines\s+\*\s+postrm\s+#!\/bin\/bash/);
      const ctrl = join(work.dir, `ctrl-${field(deb, 'Architecture')}`);
      dpkg('-e', deb, ctrl);
      for (const script of ['postinst', 'postrm']) {
        expect(statSync(join(ctrl, script)).mode & 0o777, script).toBe(0o755);
        const syntax = spawnSync('bash', ['-n', join(ctrl, script)], { encoding: 'utf8' });
        expect(syntax.status, syntax.stderr).toBe(0);
      }
      const postinst = readFileSync(join(ctrl, 'postinst'), 'utf8');
      expect(postinst).toContain("update-alternatives --install '/usr/bin/catalogue-workbench' 'catalogue-workbench' '/opt/catalogue-workbench/catalogue-workbench' 100");
      expect(postinst).toContain("ln -sf '/opt/catalogue-workbench/catalogue-workbench' '/usr/bin/catalogue-workbench'");
      expect(postinst).toContain("chown root:root '/opt/catalogue-workbench/chrome-sandbox'");
      expect(postinst).toContain("chmod 4755 '/opt/catalogue-workbench/chrome-sandbox'");
      const postrm = readFileSync(join(ctrl, 'postrm'), 'utf8');
      expect(postrm).toContain("update-alternatives --remove 'catalogue-workbench' '/opt/catalogue-workbench/catalogue-workbench'");
      expect(postrm).toContain("rm -f '/usr/bin/catalogue-workbench'");
      expect(postrm).toMatch(/case "\$1" in remove\|purge/);
      // md5sums lists every regular file of the package (dpkg --verify reads it).
      const md5 = readFileSync(join(ctrl, 'md5sums'), 'utf8');
      expect(md5).toMatch(/^[0-9a-f]{32} {2}opt\/catalogue-workbench\/resources\/app\.asar$/m);
      expect(md5.trim().split('\n').length).toBe(contents(deb).filter((l) => l.mode.startsWith('-')).length);
    }
  });

  it('run their maintainer scripts as intended (commands stubbed on PATH): link, sandbox rights by kernel, cleanup only on removal', () => {
    const ctrl = join(work.dir, 'ctrl-run');
    dpkg('-e', debX64, ctrl);
    const stubs = join(work.dir, 'stubs');
    const calls = join(work.dir, 'calls.log');
    mkdirSync(stubs, { recursive: true });
    for (const cmd of ['update-alternatives', 'chown', 'chmod', 'ln', 'rm', 'readlink', 'cp', 'update-desktop-database', 'gtk-update-icon-cache', 'apparmor_status', 'apparmor_parser']) {
      writeFileSync(join(stubs, cmd), `#!/bin/bash\necho "${cmd} $*" >> '${calls}'\n${cmd === 'apparmor_status' ? 'exit 1' : 'exit 0'}\n`, { mode: 0o755 });
    }
    const run = (script: string, arg: string, userns: boolean) => {
      writeFileSync(join(stubs, 'unshare'), `#!/bin/bash\nexit ${userns ? 0 : 1}\n`, { mode: 0o755 });
      writeFileSync(calls, '');
      const r = spawnSync('/bin/bash', [join(ctrl, script), arg], { encoding: 'utf8', env: { PATH: stubs } });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean);
    };
    const exe = '/opt/catalogue-workbench/catalogue-workbench';
    const sandbox = '/opt/catalogue-workbench/chrome-sandbox';
    // A kernel without user namespaces: setuid root helper.
    expect(run('postinst', 'configure', false)).toEqual(expect.arrayContaining([
      `update-alternatives --install /usr/bin/catalogue-workbench catalogue-workbench ${exe} 100`,
      `chown root:root ${sandbox}`,
      `chmod 4755 ${sandbox}`,
    ]));
    // With user namespaces (and AppArmor off here): no setuid bit.
    const withUserns = run('postinst', 'configure', true);
    expect(withUserns).toContain(`chmod 0755 ${sandbox}`);
    expect(withUserns.join('\n')).not.toContain('4755');
    expect(run('postrm', 'remove', true)).toContain(`update-alternatives --remove catalogue-workbench ${exe}`);
    expect(run('postrm', 'purge', true)).toContain(`update-alternatives --remove catalogue-workbench ${exe}`);
    // An upgrade keeps the link: the new version's postinst runs next.
    expect(run('postrm', 'upgrade', true)).toEqual([]);
  });
});
