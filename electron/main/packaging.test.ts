import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

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
      linux: { executableName: 'catalogue-workbench', target: expect.arrayContaining([{ target: 'deb', arch: ['x64', 'arm64'] }]) },
    });
    expect(String((config.linux as { maintainer: string }).maintainer)).not.toMatch(/localhost|example/);
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
