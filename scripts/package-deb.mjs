#!/usr/bin/env node
// The Linux .deb packages (Kylin, UOS; x64 and arm64), built with dpkg-deb from electron-builder's
// unpacked output (linux-unpacked, linux-arm64-unpacked) instead of electron-builder's deb target,
// which needs fpm (a Ruby gem a build network without internet cannot install).
//
//   npm run package:deb -- --arch x64|arm64 [--unpacked DIR] [--out DIR]
//
// Also electron-builder's afterPack and afterAllArtifactBuild hook (electron-builder.yml): every
// Linux build writes catalogue-workbench_<version>_<amd64|arm64>.deb beside its other artifacts.
// What the package holds mirrors electron-builder's deb target: the app under an ASCII folder in
// /opt, the launcher in /usr/bin, a desktop entry and the icons, electron-builder's default
// dependencies, and its postinst (chrome-sandbox, AppArmor profile) and postrm.
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What electron-builder's deb target declares by default (app-builder-lib FpmTarget: getDefaultDepends, getDefaultRecommends). */
export const DEB_DEPENDS = ['libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0'];
export const DEB_RECOMMENDS = ['libappindicator3-1'];

/** The Debian architecture of an electron-builder arch name, and the ELF machine its binaries must have. */
const ARCHES = { x64: { deb: 'amd64', elfMachine: 62, elfName: 'x86-64' }, arm64: { deb: 'arm64', elfMachine: 183, elfName: 'AArch64' } };
/** electron-builder's unpacked folder per arch (builder-util getArchSuffix). */
export const unpackedFolderName = (arch) => (arch === 'x64' ? 'linux-unpacked' : `linux-${arch}-unpacked`);

/**
 * The Chinese long description (package and desktop entry); the English one is electron-builder.yml's
 * linux.description, the one-line summary (both languages) its linux.synopsis.
 */
const DESCRIPTION_ZH = '编制、共享和同步本部门的政务数据资源目录与需求清单，离线优先。';

/** dpkg-deb's -Z for electron-builder's deb.compression (xz unless set; zstd needs dpkg 1.21.18 or later on the workstation). */
const COMPRESSION = { xz: 'xz', gz: 'gzip', zst: 'zstd' };

export class DebBuildError extends Error {}

/**
 * The Maintainer field: package.json `author` — `{ "name", "email" }` or `"Name <email>"` — as
 * "Name <email>". Refuses a missing or malformed author and a placeholder address (reserved and
 * local domains, RFC 2606 and RFC 6761): Kylin and UOS app stores reject those.
 */
export function maintainerOf(pkg) {
  const author = pkg?.author;
  let name;
  let email;
  if (typeof author === 'string') {
    const m = /^\s*([^<>]*?)\s*<([^<>]*)>\s*(?:\([^)]*\))?\s*$/.exec(author);
    if (m) [, name, email] = m;
    else name = author.trim();
  } else if (author && typeof author === 'object') {
    ({ name, email } = author);
  }
  const where = 'package.json "author"';
  if (typeof name !== 'string' || !/^[^<>@\s,][^<>@,\n]*[^<>@\s,]$/.test(name.trim())) throw new DebBuildError(`${where} needs a name (the team that answers for the package), without <, >, @ or commas`);
  if (/todo|changeme|your name/i.test(name)) throw new DebBuildError(`${where} has a placeholder name: ${name}`);
  if (typeof email !== 'string' || !/^[^\s<>@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(email)) throw new DebBuildError(`${where} needs an email address ("email", or "Name <email>")`);
  const domain = email.split('@')[1].toLowerCase();
  if (/(^|\.)(example|invalid|test|localhost|local)(\.|$)/.test(domain)) throw new DebBuildError(`${where} has a placeholder address: ${email}`);
  return `${name.trim()} <${email}>`;
}

/** The package name and version as Debian wants them (a `-` prerelease becomes `~`, sorting before the release, as electron-builder does). */
function debIdentity(pkg) {
  if (typeof pkg.name !== 'string' || !/^[a-z0-9][a-z0-9+.-]+$/.test(pkg.name)) throw new DebBuildError(`package.json "name" is not a Debian package name: ${pkg.name}`);
  if (typeof pkg.version !== 'string' || !/^\d[A-Za-z0-9.+~-]*$/.test(pkg.version)) throw new DebBuildError(`package.json "version" is not a Debian version: ${pkg.version}`);
  return { name: pkg.name, version: pkg.version.replace(/-/g, '~') };
}

/** The control file (deb-control(5)): one field a line, the extended description indented. */
export function controlText({ pkg, debArch, installedSizeKiB, linux }) {
  const { name, version } = debIdentity(pkg);
  const synopsis = linux.synopsis ?? pkg.productName ?? name;
  const description = linux.description ?? pkg.description ?? '';
  const fields = [
    ['Package', name],
    ['Version', version],
    ['Architecture', debArch],
    ['Maintainer', maintainerOf(pkg)],
    ['Installed-Size', String(installedSizeKiB)],
    ['Depends', DEB_DEPENDS.join(', ')],
    ['Recommends', DEB_RECOMMENDS.join(', ')],
    ['Section', 'misc'],
    ['Priority', 'optional'],
    ...(typeof pkg.homepage === 'string' && pkg.homepage ? [['Homepage', pkg.homepage]] : []),
    ['Description', synopsis],
  ];
  const extended = [DESCRIPTION_ZH, '.', description].map((l) => ` ${l}`);
  for (const [k, v] of fields) if (/[\n\r]/.test(v)) throw new DebBuildError(`control field ${k} has a line break`);
  return `${fields.map(([k, v]) => `${k}: ${v}`).join('\n')}\n${extended.join('\n')}\n`;
}

/** The desktop entry (freedesktop Desktop Entry Specification 1.5). */
export function desktopEntryText({ linux, execPath, executableName }) {
  const entry = linux.desktop?.entry ?? {};
  const esc = (v) => String(v).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  const lines = {
    Type: 'Application',
    Name: entry.Name ?? executableName,
    ...(entry['Name[zh_CN]'] ? { 'Name[zh_CN]': entry['Name[zh_CN]'] } : {}),
    Comment: linux.description ?? '',
    'Comment[zh_CN]': DESCRIPTION_ZH,
    Exec: `${execPath} %U`,
    Icon: executableName,
    Terminal: 'false',
    StartupWMClass: entry.StartupWMClass ?? executableName,
    Categories: `${linux.category ?? 'Utility'};`,
  };
  for (const [k, v] of Object.entries(entry)) if (!(k in lines)) lines[k] = v;
  return `[Desktop Entry]\n${Object.entries(lines).map(([k, v]) => `${k}=${k === 'Exec' ? v : esc(v)}`).join('\n')}\n`;
}

const sh = (s) => `'${String(s).replace(/'/g, "'\\''")}'`;

/**
 * postinst: the launcher link in /usr/bin (through update-alternatives where there is one), the
 * chrome-sandbox rights and the AppArmor profile exactly as electron-builder's deb does
 * (app-builder-lib templates/linux/after-install.tpl): setuid root only where the kernel has no
 * usable user namespaces, which Chromium's sandbox uses otherwise.
 */
export function postinstText({ installDir, executableName }) {
  const exe = `${installDir}/${executableName}`;
  const link = `/usr/bin/${executableName}`;
  return `#!/bin/bash
set -e
case "$1" in configure|abort-upgrade|abort-remove|abort-deconfigure) ;; *) exit 0 ;; esac

if type update-alternatives >/dev/null 2>&1; then
    # A plain link left by an older install is replaced by the alternative.
    if [ -L ${sh(link)} ] && [ "$(readlink ${sh(link)})" != ${sh(`/etc/alternatives/${executableName}`)} ]; then
        rm -f ${sh(link)}
    fi
    update-alternatives --install ${sh(link)} ${sh(executableName)} ${sh(exe)} 100 || ln -sf ${sh(exe)} ${sh(link)}
else
    ln -sf ${sh(exe)} ${sh(link)}
fi

chown root:root ${sh(`${installDir}/chrome-sandbox`)} || true
if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; } 2>/dev/null; then
    # No user namespaces: Chromium's sandbox needs the setuid helper.
    chmod 4755 ${sh(`${installDir}/chrome-sandbox`)} || true
else
    chmod 0755 ${sh(`${installDir}/chrome-sandbox`)} || true
fi

if hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi
if hash gtk-update-icon-cache 2>/dev/null; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi

# The AppArmor profile that lets the sandbox use user namespaces where AppArmor restricts them
# (Ubuntu 24.04 and later); skipped where AppArmor cannot parse it (abi/4.0 unknown).
if apparmor_status --enabled >/dev/null 2>&1; then
    APPARMOR_PROFILE_SOURCE=${sh(`${installDir}/resources/apparmor-profile`)}
    APPARMOR_PROFILE_TARGET=${sh(`/etc/apparmor.d/${executableName}`)}
    if apparmor_parser --skip-kernel-load --debug "$APPARMOR_PROFILE_SOURCE" >/dev/null 2>&1; then
        cp -f "$APPARMOR_PROFILE_SOURCE" "$APPARMOR_PROFILE_TARGET"
        if ! { [ -x /usr/bin/ischroot ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
            apparmor_parser --replace --write-cache --skip-read-cache "$APPARMOR_PROFILE_TARGET" || true
        fi
    fi
fi
exit 0
`;
}

/** postrm: on removal (not on upgrade, where the new version's postinst keeps them) the launcher link and the AppArmor profile go. */
export function postrmText({ installDir, executableName }) {
  const exe = `${installDir}/${executableName}`;
  const link = `/usr/bin/${executableName}`;
  const profile = `/etc/apparmor.d/${executableName}`;
  return `#!/bin/bash
set -e
case "$1" in remove|purge|abort-install|disappear) ;; *) exit 0 ;; esac

if type update-alternatives >/dev/null 2>&1; then
    update-alternatives --remove ${sh(executableName)} ${sh(exe)} || true
fi
# A plain link (no update-alternatives, or its fallback) that points into the removed folder.
if [ -L ${sh(link)} ] && [ "$(readlink ${sh(link)})" = ${sh(exe)} ]; then
    rm -f ${sh(link)}
fi

if [ -f ${sh(profile)} ]; then
    if apparmor_status --enabled >/dev/null 2>&1 && ! { [ -x /usr/bin/ischroot ] && /usr/bin/ischroot; } && hash apparmor_parser 2>/dev/null; then
        apparmor_parser --remove ${sh(profile)} || true
    fi
    rm -f ${sh(profile)}
fi
if hash update-desktop-database 2>/dev/null; then
    update-desktop-database /usr/share/applications || true
fi
exit 0
`;
}

/** electron-builder's AppArmor profile (templates/linux/apparmor-profile.tpl): unconfined, with user namespaces. */
export function apparmorProfileText({ installDir, executableName }) {
  return `abi <abi/4.0>,
include <tunables/global>

profile "${executableName}" "${installDir}/${executableName}" flags=(unconfined) {
  userns,

  # Site-specific additions and overrides. See local/README for details.
  include if exists <local/${executableName}>
}
`;
}

/** Width and height of a PNG (its IHDR chunk). */
function pngSize(file) {
  const b = readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG' || b.toString('latin1', 12, 16) !== 'IHDR') throw new DebBuildError(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The ELF machine of a file, or null when it is not an ELF file. */
function elfMachine(file) {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(20);
    if (readSync(fd, head, 0, 20, 0) < 20 || head.readUInt32BE(0) !== 0x7f454c46) return null;
    return head[5] === 2 ? head.readUInt16BE(18) : head.readUInt16LE(18);
  } finally {
    closeSync(fd);
  }
}

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Installed-Size as dpkg-gencontrol counts it: each file's size rounded up to KiB, one KiB per directory and per link. */
function installedSizeKiB(dir) {
  let kib = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) kib += 1 + installedSizeKiB(p);
    else if (e.isSymbolicLink()) kib += 1;
    else kib += Math.ceil(lstatSync(p).size / 1024);
  }
  return kib;
}

/**
 * Builds the .deb for one arch from electron-builder's unpacked folder; returns its path.
 * `config` is electron-builder's configuration (its `linux` section names the executable, the
 * category, the descriptions and the desktop entry).
 */
export function buildDeb({ unpackedDir, arch, outDir, config, projectDir = ROOT, log = (m) => console.log(m) }) {
  const target = ARCHES[arch];
  if (!target) throw new DebBuildError(`unknown arch ${arch}: x64 or arm64`);
  const pkg = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'));
  const linux = config.linux ?? {};
  const executableName = linux.executableName ?? pkg.name;
  const installDir = `/opt/${executableName}`;
  // Installers and shells on these systems cope badly with non-ASCII paths.
  if (!/^\/opt\/[a-z0-9][a-z0-9._+-]*$/.test(installDir)) throw new DebBuildError(`the install folder ${installDir} must be an ASCII name in lower case (linux.executableName)`);
  const { name, version } = debIdentity(pkg);
  const maintainer = maintainerOf(pkg);
  if (linux.maintainer || config.deb?.maintainer) throw new DebBuildError('the maintainer is package.json "author" only: remove linux.maintainer / deb.maintainer from electron-builder.yml');
  const compression = COMPRESSION[config.deb?.compression ?? 'xz'];
  if (!compression) throw new DebBuildError(`deb.compression ${config.deb?.compression}: dpkg-deb builds xz, gz or zst`);

  const src = resolve(unpackedDir);
  for (const need of [executableName, 'chrome-sandbox', 'resources/app.asar']) {
    if (!existsSync(join(src, need))) throw new DebBuildError(`${src} has no ${need}: not electron-builder's Linux output (run electron-builder --linux --${arch} first)`);
  }
  // An x64 binary in an arm64 package (or the reverse) installs fine and then fails to start: the
  // Electron distribution and sqlite3's compiled module must be the target's.
  const foreign = walk(src).filter((f) => !lstatSync(f).isSymbolicLink()).map((f) => [f, elfMachine(f)]).filter(([, m]) => m !== null && m !== target.elfMachine);
  if (foreign.length) {
    throw new DebBuildError(`${foreign.length} binaries in ${src} are not ${target.elfName} (for ${arch}): ${foreign.slice(0, 5).map(([f]) => relative(src, f)).join(', ')}. Use the ${arch} Electron distribution and build sqlite3 on an ${arch} machine (npm run package -- --linux --${arch} there).`);
  }

  const icons = ['assets/icon.png', 'assets/icon-256.png'].map((f) => join(projectDir, f)).filter((f) => existsSync(f));
  if (!icons.length) throw new DebBuildError('no icon: assets/icon.png');

  const stage = mkdtempSync(join(tmpdir(), 'cw-deb-'));
  try {
    const app = join(stage, installDir.slice(1));
    mkdirSync(dirname(app), { recursive: true });
    cpSync(src, app, { recursive: true, verbatimSymlinks: true });
    // Read by electron-updater to choose its deb updater (electron-builder's deb target writes it too).
    writeFileSync(join(app, 'resources', 'package-type'), 'deb');
    writeFileSync(join(app, 'resources', 'apparmor-profile'), apparmorProfileText({ installDir, executableName }));

    const apps = join(stage, 'usr/share/applications');
    mkdirSync(apps, { recursive: true });
    writeFileSync(join(apps, `${executableName}.desktop`), desktopEntryText({ linux, execPath: `${installDir}/${executableName}`, executableName }));
    for (const icon of icons) {
      const { width, height } = pngSize(icon);
      if (width !== height) throw new DebBuildError(`${icon} is not square (${width}×${height})`);
      const dir = join(stage, `usr/share/icons/hicolor/${width}x${height}/apps`);
      mkdirSync(dir, { recursive: true });
      cpSync(icon, join(dir, `${executableName}.png`));
    }
    const docDir = join(stage, `usr/share/doc/${name}`);
    mkdirSync(docDir, { recursive: true });
    writeFileSync(join(docDir, 'copyright'), `${config.copyright ?? ''}\nMaintainer: ${maintainer}\n`);

    // No group or other write anywhere; executables keep their x bits (dpkg-deb refuses odd modes in DEBIAN only).
    const normalise = (dir) => {
      chmodSync(dir, 0o755);
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isSymbolicLink()) continue;
        if (e.isDirectory()) normalise(p);
        else chmodSync(p, lstatSync(p).mode & 0o111 ? 0o755 : 0o644);
      }
    };
    normalise(stage);

    const md5sums = walk(stage)
      .filter((f) => !lstatSync(f).isSymbolicLink())
      .map((f) => `${createHash('md5').update(readFileSync(f)).digest('hex')}  ${relative(stage, f)}`)
      .join('\n');
    const size = installedSizeKiB(stage);
    const control = join(stage, 'DEBIAN');
    mkdirSync(control, { mode: 0o755 });
    writeFileSync(join(control, 'control'), controlText({ pkg, debArch: target.deb, installedSizeKiB: size, linux }), { mode: 0o644 });
    writeFileSync(join(control, 'md5sums'), `${md5sums}\n`, { mode: 0o644 });
    writeFileSync(join(control, 'postinst'), postinstText({ installDir, executableName }), { mode: 0o755 });
    writeFileSync(join(control, 'postrm'), postrmText({ installDir, executableName }), { mode: 0o755 });

    mkdirSync(outDir, { recursive: true });
    const deb = join(resolve(outDir), `${name}_${version}_${target.deb}.deb`);
    rmSync(deb, { force: true });
    const r = spawnSync('dpkg-deb', ['--root-owner-group', `-Z${compression}`, '--build', stage, deb], { encoding: 'utf8' });
    if (r.error) throw new DebBuildError(`dpkg-deb could not run (${r.error.message}): install dpkg (Debian, Ubuntu, Kylin and UOS have it)`);
    if (r.status !== 0) throw new DebBuildError(`dpkg-deb failed (${r.status}): ${r.stderr}`);
    log(`  • deb built  file=${deb} arch=${target.deb}`);
    return deb;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

// electron-builder hooks (electron-builder.yml: afterPack, afterAllArtifactBuild). afterPack only
// notes each Linux folder packed; the debs are built once everything else is done, from the
// finished folders (fuses flipped, app-update.yml written). Each deb is then reported to
// electron-builder as an artifact, so its update info (latest-linux.yml, latest-linux-arm64.yml,
// written after this hook) lists it as it would list electron-builder's own deb: an installed deb
// learns of a newer version from the feed (and tells the officer to ask the administrator).
const packed = [];

export function afterPack(context) {
  if (context.electronPlatformName !== 'linux') return;
  const { Arch } = require('builder-util');
  packed.push({ appOutDir: context.appOutDir, arch: Arch[context.arch], archId: context.arch, packager: context.packager });
}

export async function afterAllArtifactBuild(buildResult) {
  const debs = [];
  for (const { appOutDir, arch, archId, packager } of packed.splice(0)) {
    const deb = buildDeb({ unpackedDir: appOutDir, arch, outDir: buildResult.outDir, config: packager.config, projectDir: packager.projectDir });
    const { hashFile } = require('app-builder-lib/out/util/hash.js');
    await packager.info.emitArtifactBuildCompleted({
      file: deb,
      target: { name: 'deb', outDir: buildResult.outDir, options: null },
      arch: archId,
      packager,
      isWriteUpdateInfo: true,
      updateInfo: { sha512: await hashFile(deb), size: lstatSync(deb).size },
    });
    debs.push(deb);
  }
  // Returned for publishing; already in the artifact list through the event above.
  return debs.filter((d) => !buildResult.artifactPaths.includes(d));
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new DebBuildError(`${a} needs a value`);
      return v;
    };
    if (a === '--arch') opts.arch = value();
    else if (a === '--unpacked') opts.unpacked = value();
    else if (a === '--out') opts.out = value();
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new DebBuildError(`unknown option ${a}`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help || !opts.arch) {
    console.log('usage: npm run package:deb -- --arch x64|arm64 [--unpacked DIR] [--out DIR]\n  DIR defaults: release/linux-unpacked or release/linux-arm64-unpacked; --out the release folder');
    process.exit(opts.help ? 0 : 1);
  }
  const { getConfig } = require('app-builder-lib/out/util/config/config.js');
  const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
  const output = resolve(ROOT, config.directories?.output ?? 'release');
  buildDeb({ unpackedDir: opts.unpacked ?? join(output, unpackedFolderName(opts.arch)), arch: opts.arch, outDir: opts.out ?? output, config });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`package-deb: ${err instanceof DebBuildError ? err.message : (err?.stack ?? err)}`);
    process.exit(1);
  });
}
