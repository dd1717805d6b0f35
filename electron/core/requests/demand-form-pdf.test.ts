import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, fixedTime, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasTools = existsSync(CHROMIUM) && (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let dir: string;
let cleanup: () => void;
let core: Core;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  core = await initialisedCore(dir, { timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false }, reminders: { intervalMs: 0 } });
  await pullIntoWorkspace(dir, [sharedEntry('e1')]);
});
afterEach(async () => {
  await core.close();
  cleanup();
});

// The shell prints with Electron's printToPDF; here Chromium's page.pdf renders the same HTML.
describe.skipIf(!hasTools)('sealed demand form as PDF (Chromium page.pdf, pdftotext)', () => {
  it('holds every field, the department, the date and the seal box', async () => {
    await call(core, 'basket.add', { entryId: 'e1', items: ['姓名', '公民身份号码'] });
    const r = await call(core, 'requests.create', {
      entryId: 'e1',
      fields: { purpose: '低保资格核验 <b>', scenario: '社会救助审核', basisKind: 'duty', basisText: '三定方案第三条', shareMethod: 'file', periodFrom: '2026-03-01', periodTo: '2026-12-31', contactName: '李四', contactPhone: '13812345678' },
    });
    const { html } = await call(core, 'requests.demandForm', { id: r.id });
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    const pdf = join(dir, 'form.pdf');
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const v of ['政务数据共享需求单', '伊川县数据局', '伊川县公安局', '人口基础信息', '姓名、公民身份号码', '低保资格核验 <b>', '社会救助审核', '三定职责', '三定方案第三条', '文件', '2026-03-01 至 2026-12-31', '李四', '13812345678', '2026-03-02', '盖章处']) {
      expect(text).toContain(v);
    }
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  }, 60_000);
});
