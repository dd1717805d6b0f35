import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPolicyPath } from '../core/policy/policy';

// electron-builder's own loader and JSON-schema check, so a typo in electron-builder.yml fails here
// rather than on the release machine (packaging itself needs Electron downloads this host lacks).
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, options: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const root = new URL('../../', import.meta.url).pathname;

describe('electron-builder.yml', () => {
  it('passes electron-builder validation and keeps the packaging rules', async () => {
    const config = await getConfig(root, `${root}electron-builder.yml`, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config).toMatchObject({
      appId: 'cn.gov.data.catalogue-workbench',
      // ASCII: it names the install folders; shortcuts and the uninstall entry show the Chinese name.
      productName: 'CatalogueWorkbench',
      asar: { smartUnpack: false },
      npmRebuild: false,
      nsis: { perMachine: true, oneClick: false, shortcutName: '政务数据目录工作台', include: 'assets/installer.nsh' },
      msi: { perMachine: true },
      publish: { provider: 'generic' },
      win: { signExts: ['.exe', '.dll', '.node'], signtoolOptions: { sign: 'scripts/sign-windows.cjs' } },
      // The debs come from scripts/package-deb.mjs (dpkg-deb), built from these unpacked folders by the hooks.
      linux: { executableName: 'catalogue-workbench', target: expect.arrayContaining([{ target: 'AppImage', arch: ['x64'] }, { target: 'dir', arch: ['x64', 'arm64'] }]) },
      afterPack: 'scripts/package-deb.mjs',
      afterAllArtifactBuild: 'scripts/package-deb.mjs',
      // Kylin V10 and UOS 20 ship a dpkg that cannot read zstd.
      deb: { compression: 'xz' },
    });
    expect(JSON.stringify((config.linux as { target: unknown }).target)).not.toContain('"deb"');
    // The deb's maintainer is package.json `author` (see 'deb maintainer' below), not a second copy here.
    expect((config.linux as { maintainer?: string }).maintainer).toBeUndefined();
    // getConfig normalises `files` into file sets.
    expect(JSON.stringify(config.files)).toContain('"out/**/*"');
    expect(config.asarUnpack).toEqual(['**/node_modules/sqlite3/build/Release/*.node']);
    expect(existsSync(`${root}assets/installer.nsh`)).toBe(true);
  });

  it('sets the hardening fuses', async () => {
    const config = await getConfig(root, `${root}electron-builder.yml`, null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('needs no environment variable: no ${env.…} macro that aborts packaging when unset', async () => {
    const text = readFileSync(`${root}electron-builder.yml`, 'utf8');
    expect(text).not.toMatch(/\$\{env\./);
    const config = await getConfig(root, `${root}electron-builder.yml`, null);
    expect(JSON.stringify(config)).not.toMatch(/\$\{env\./);
    expect(String((config.publish as { url: string }).url)).toMatch(/^https:\/\/[^/]+\.invalid\//);
  });

  it('holds no signing secret: those come from the environment', async () => {
    const text = JSON.stringify(await getConfig(root, `${root}electron-builder.yml`, null));
    expect(text).not.toMatch(/certificatePassword|certificateFile|cscKeyPassword|"password"/i);
  });
});

describe('deb maintainer (scripts/package-deb.mjs: maintainerOf)', () => {
  type Script = { maintainerOf(pkg: unknown): string; DebBuildError: new (m: string) => Error };
  const script = () => import(`${root}scripts/package-deb.mjs`) as Promise<Script>;

  it('is package.json author as "name <email>", a real address', async () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { author?: { name?: string; email?: string } };
    const { name, email } = pkg.author ?? {};
    const maintainer = (await script()).maintainerOf(pkg);
    expect(maintainer).toBe(`${name} <${email}>`);
    expect(maintainer).toMatch(/^[^<>@\s][^<>@]*[^<>@\s] <[^\s<>@]+@[a-z0-9-]+(\.[a-z0-9-]+)+>$/i);
  });

  it('takes the "Name <email>" string form of author too', async () => {
    expect((await script()).maintainerOf({ author: '某县数据资源管理局 <cw@dsj.county.gov.cn> (https://dsj.county.gov.cn)' })).toBe('某县数据资源管理局 <cw@dsj.county.gov.cn>');
  });

  it('refuses a missing or malformed author and placeholders, so the build stops', async () => {
    const { maintainerOf, DebBuildError } = await script();
    const refused: [unknown, RegExp][] = [
      [{}, /needs a name/],
      [{ author: { email: 'a@dsj.gov.cn' } }, /needs a name/],
      [{ author: { name: 'DSJ' } }, /needs an email/],
      [{ author: 'DSJ' }, /needs an email/],
      [{ author: { name: 'DSJ', email: 'not-an-address' } }, /needs an email/],
      [{ author: { name: 'DSJ <x>', email: 'a@dsj.gov.cn' } }, /needs a name/],
      [{ author: { name: 'DSJ', email: 'a@example.com' } }, /placeholder address/],
      [{ author: { name: 'DSJ', email: 'a@pkg.invalid' } }, /placeholder address/],
      [{ author: { name: 'DSJ', email: 'a@host.local' } }, /placeholder address/],
      [{ author: { name: 'TODO', email: 'a@dsj.gov.cn' } }, /placeholder name/],
    ];
    for (const [pkg, reason] of refused) {
      expect(() => maintainerOf(pkg), JSON.stringify(pkg)).toThrow(DebBuildError);
      expect(() => maintainerOf(pkg), JSON.stringify(pkg)).toThrow(reason);
    }
  });

  it('stops the deb build before anything is written', async () => {
    const { buildDeb } = (await script()) as Script & { buildDeb(o: { unpackedDir: string; arch: string; outDir: string; config: object; projectDir: string }): string };
    const dir = mkdtempSync(join(tmpdir(), 'cw-deb-author-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'catalogue-workbench', version: '1.0.0', author: { name: 'DSJ' } }));
      const config = { linux: { executableName: 'catalogue-workbench' } };
      expect(() => buildDeb({ unpackedDir: join(dir, 'linux-unpacked'), arch: 'x64', outDir: join(dir, 'out'), config, projectDir: dir })).toThrow(/needs an email/);
      expect(() => buildDeb({ unpackedDir: join(dir, 'linux-unpacked'), arch: 'x64', outDir: join(dir, 'out'), config: { linux: { ...config.linux, maintainer: 'X <x@dsj.gov.cn>' } }, projectDir: dir })).toThrow(/needs an email/);
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'catalogue-workbench', version: '1.0.0', author: 'DSJ <cw@dsj.gov.cn>' }));
      expect(() => buildDeb({ unpackedDir: join(dir, 'linux-unpacked'), arch: 'x64', outDir: join(dir, 'out'), config: { linux: { ...config.linux, maintainer: 'X <x@dsj.gov.cn>' } }, projectDir: dir })).toThrow(/package.json "author" only/);
      expect(() => buildDeb({ unpackedDir: join(dir, 'linux-unpacked'), arch: 'x64', outDir: join(dir, 'out'), config, projectDir: dir })).toThrow(/has no catalogue-workbench/);
      expect(() => buildDeb({ unpackedDir: join(dir, 'linux-unpacked'), arch: 'ia32', outDir: join(dir, 'out'), config, projectDir: dir })).toThrow(/unknown arch/);
      expect(() => buildDeb({ unpackedDir: join(dir, 'linux-unpacked'), arch: 'x64', outDir: join(dir, 'out'), config: { linux: { executableName: '政务数据目录工作台' } }, projectDir: dir })).toThrow(/ASCII/);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('MSI policy folder (scripts/msi-policy-folder.cjs)', () => {
  const hook = require(`${root}scripts/msi-policy-folder.cjs`) as ((projectFile: string) => Promise<void>) & {
    addPolicyFolder(wxs: string): string;
    POLICY_FOLDER: string;
    POLICY_FOLDER_SDDL: string;
  };
  // electron-builder's own MSI template: the project the hook edits is rendered from it.
  const template = readFileSync(require.resolve('app-builder-lib/templates/msi/template.xml'), 'utf8');

  it('is the msiProjectCreated hook', async () => {
    const config = await getConfig(root, `${root}electron-builder.yml`, null);
    expect(config.msiProjectCreated).toBe('scripts/msi-policy-folder.cjs');
  });

  it('adds the policy folder under ProgramData, kept on uninstall, to the product feature', () => {
    const wxs = hook.addPolicyFolder(template);
    // The folder of the policy file the app reads on Windows.
    expect(hook.POLICY_FOLDER).toBe(win32.basename(win32.dirname(defaultPolicyPath('win32', { ProgramData: 'C:\\ProgramData' }))));
    const feature = /<Feature Id="ProductFeature"[^>]*>([\s\S]*?)<\/Feature>/.exec(wxs)?.[1] ?? '';
    expect(feature).toContain('<ComponentRef Id="PolicyFolder"/>');
    const folder = /<Directory Id="CommonAppDataFolder">\s*<Directory Id="POLICYFOLDER" Name="([^"]+)">\s*<Component Id="PolicyFolder" Guid="\{[0-9A-F-]{36}\}" Permanent="yes">\s*<CreateFolder>\s*<PermissionEx Sddl="([^"]+)"\/>\s*<\/CreateFolder>\s*<\/Component>\s*<\/Directory>\s*<\/Directory>/.exec(wxs);
    expect(folder?.[1]).toBe(hook.POLICY_FOLDER);
    expect(folder?.[2]).toBe(hook.POLICY_FOLDER_SDDL);
    // Inside the product, once.
    expect(wxs.indexOf('Id="CommonAppDataFolder"')).toBeLessThan(wxs.indexOf('</Product>'));
    expect(hook.addPolicyFolder(wxs)).toBe(wxs);
    expect(() => hook.addPolicyFolder('<Wix><Product></Product></Wix>')).toThrow(/template changed/);
  });

  it('gives the same rights as the NSIS installer: administrators write, users read, nothing inherited', () => {
    // SDDL: P = protected (inheritance from ProgramData removed); one ACE per account SID.
    const sddl = hook.POLICY_FOLDER_SDDL;
    expect(sddl).toMatch(/^O:BAG:SYD:PAI\(/);
    const aces = [...sddl.matchAll(/\(A;OICI;([^;]+);;;([A-Z]{2})\)/g)].map((m) => [m[2], m[1]]);
    expect(aces.length).toBe((sddl.match(/\(/g) ?? []).length);
    const SID = { SY: 'S-1-5-18', BA: 'S-1-5-32-544', BU: 'S-1-5-32-545' } as Record<string, string>;
    // FA = full access; 0x1200a9 = read, list, read attributes, execute/traverse, synchronize (icacls RX).
    const ICACLS = { FA: 'F', '0x1200a9': 'RX' } as Record<string, string>;
    const msi = Object.fromEntries(aces.map(([sid, right]) => [SID[sid!], ICACLS[right!]]));
    const nsis = readFileSync(`${root}assets/installer.nsh`, 'utf8');
    expect(nsis).toContain('/inheritance:r');
    const grants = Object.fromEntries([...nsis.matchAll(/\*(S-1-5-[\d-]+):\(OI\)\(CI\)(\w+)/g)].map((m) => [m[1], m[2]]));
    expect(msi).toEqual(grants);
    expect(msi).toEqual({ 'S-1-5-18': 'F', 'S-1-5-32-544': 'F', 'S-1-5-32-545': 'RX' });
  });

  it('edits the project file electron-builder wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-msi-'));
    try {
      const file = join(dir, 'project.wxs');
      writeFileSync(file, template);
      await hook(file);
      expect(readFileSync(file, 'utf8')).toBe(hook.addPolicyFolder(template));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Windows sign hook (scripts/sign-windows.cjs)', () => {
  const sign = (require(`${root}scripts/sign-windows.cjs`) as {
    signWith(c: { path: string; hash: string; isNest: boolean }, env: Record<string, string>, run: (cmd: string, args: string[]) => void, publisherName?: string): Promise<void>;
  }).signWith;
  const thumbprint = 'a'.repeat(40);

  it('signs by certificate thumbprint with the configured timestamp server', async () => {
    const runs: [string, string[]][] = [];
    await sign({ path: 'C:\\b\\app.exe', hash: 'sha256', isNest: false }, { CW_SIGN_SHA1: thumbprint, CW_TIMESTAMP_URL: 'http://tsa.build.lan/tsr' }, (cmd, args) => void runs.push([cmd, args]), '某县数据资源管理局');
    expect(runs).toEqual([['signtool', ['sign', '/sha1', thumbprint, '/fd', 'sha256', '/tr', 'http://tsa.build.lan/tsr', '/td', 'sha256', 'C:\\b\\app.exe']]]);
  });

  it('leaves files unsigned without a thumbprint, and refuses a malformed one', async () => {
    const runs: unknown[] = [];
    await sign({ path: 'x.dll', hash: 'sha256', isNest: false }, {}, () => void runs.push(1));
    expect(runs).toEqual([]);
    await expect(sign({ path: 'x.dll', hash: 'sha256', isNest: false }, { CW_SIGN_SHA1: 'not-hex' }, () => {}, 'X')).rejects.toThrow(/thumbprint/);
  });

  it('refuses to sign without the publisher name updates are checked against', async () => {
    await expect(sign({ path: 'x.exe', hash: 'sha256', isNest: false }, { CW_SIGN_SHA1: thumbprint }, () => {})).rejects.toThrow(/publisherName/);
  });
});
