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
      productName: '政务数据目录工作台',
      asar: true,
      npmRebuild: false,
      nsis: { perMachine: true, oneClick: false },
      publish: { provider: 'generic' },
    });
    // getConfig normalises `files` into file sets.
    expect(JSON.stringify(config.files)).toContain('"out/**/*"');
    expect(config.asarUnpack).toContain('**/node_modules/sqlite3/**');
  });

  it('holds no signing secret: those come from the environment', async () => {
    const text = JSON.stringify(await getConfig(root, `${root}electron-builder.yml`, null));
    expect(text).not.toMatch(/certificatePassword|certificateFile|cscKeyPassword|"password"/i);
  });
});
