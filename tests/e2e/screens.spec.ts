import { copyFileSync, mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { OTHER, platformRequest, pullChanges } from '../helpers/requests';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import type { Workbench } from './harness/workbench';

/**
 * Every navigation entry and the drawers and dialogs of each, in both languages at the two office
 * screen sizes: a screenshot of each (kept in the run's output folder), the layout checks (no
 * toolbar wraps, no header or label breaks mid-word, no text runs out of its cell unless truncated
 * with a tooltip) and axe-core with no serious or critical violation. With UI_DOCS=1 the
 * screenshots docs/ui.md shows are written to docs/ui/.
 */

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LOCALES = ['zh-CN', 'en'] as const;

/** The screenshots docs/ui.md shows. */
const DOC_SHOTS = new Set(['screen-0-catalogue', 'screen-4-requests', 'screen-6-objections', 'screen-7-sync', 'drawer-entry', 'dialog-signin']);

const LONG_PROVIDER = '伊川县市场监督管理局综合行政执法大队信息中心';

async function seed(wb: Workbench): Promise<void> {
  for (const [name, provider, shareType] of [
    ['伊川县市场主体登记注册信息（含个体工商户与农民专业合作社）', LONG_PROVIDER, 'conditional'],
    ['伊川县食品经营许可信息', DEPARTMENT.name, 'unconditional'],
  ] as const) {
    await wb.call('catalogue.create', {
      entry: {
        name,
        provider,
        summary: '登记注册的主体名称、统一社会信用代码、住所与经营范围',
        formatClass: 'database',
        formatType: 'sql server',
        shareType,
        ...(shareType === 'conditional' ? { shareCondition: '仅限市场监管与税务部门核验使用' } : {}),
        openType: 'none',
        updateCycle: 'daily',
        items: [{ name: '主体名称', type: 'C', length: '200' }],
      },
    });
  }
  await pullIntoWorkspace(wb.dir, [
    sharedEntry('pop', { code: '101/POP', name: '人口基础信息', provider: '伊川县公安局', items: [{ name: '姓名', type: 'C', length: '50' }] }),
    sharedEntry('biz', { code: '102/BIZ', name: '法人基础信息', shareType: 'unconditional', provider: LONG_PROVIDER, items: [{ name: '统一社会信用代码', type: 'C', length: '18' }] }),
  ]);
  await wb.call('basket.add', { entryId: 'pop', items: ['姓名'] });
  await wb.call('basket.add', { entryId: 'biz', items: [] });
  await wb.call('requests.create', {
    entryId: 'biz',
    fields: { items: [], purpose: '企业资质核验', scenario: '政府采购供应商审核', basisKind: 'law', basisText: '《政府采购法》第二十二条', shareMethod: 'interface', periodFrom: '2026-03-01', periodTo: '2026-12-31', contactName: '张三', contactPhone: '13812345678' },
  });
  await pullChanges(wb.dir, [{ kind: 'request.incoming', request: platformRequest({ id: 'r-in', requesterCode: OTHER, providerCode: DEPARTMENT.code, providerName: DEPARTMENT.name }) }]);
}

/** What the layout checks find on the page as it is now: each a short description of the element. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;

    // A toolbar keeps its controls on one line.
    for (const bar of document.querySelectorAll('.screen-toolbar, .catalogue-tools-row')) {
      if (!shown(bar)) continue;
      // (The compact search's results take their own row by design.)
      const kids = [...bar.querySelectorAll(':scope > *, :scope > .search-panel > .search-bar')].filter((k) => shown(k) && !k.classList.contains('search-panel') && !k.classList.contains('search-body'));
      const tops = kids.map((k) => k.getBoundingClientRect().top);
      const first = kids[0]?.getBoundingClientRect();
      if (first && tops.some((t) => t >= first.bottom - 1)) problems.push(`toolbar wraps: ${name(bar)}`);
    }

    // A header or label never breaks inside a word (for Chinese: anywhere between two characters).
    const word = /[\p{L}\p{N}]/u;
    for (const el of document.querySelectorAll('.app-brand')) if (shown(el) && el.scrollWidth > el.clientWidth + 1) problems.push(`brand cut: ${name(el)}`);
    for (const el of document.querySelectorAll('th.ant-table-cell, .ant-descriptions-item-label, .ant-form-item-label > label, .ant-menu-title-content, .ant-segmented-item-label, .ant-tabs-tab-btn, .app-brand, .screen-title, .facet-count')) {
      if (!shown(el)) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let prev: { top: number; ch: string } | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || !text[i]!.trim()) {
            if (text[i] === ' ') prev = undefined;
            continue;
          }
          if (prev && rect.top > prev.top + 2 && word.test(prev.ch) && word.test(text[i]!)) problems.push(`breaks mid-word: ${name(el)}`);
          prev = { top: rect.top, ch: text[i]! };
        }
      }
    }

    // Text stays inside its cell, or is cut with an ellipsis that has a tooltip.
    for (const cell of document.querySelectorAll('td.ant-table-cell, .ant-table-tbody-virtual .ant-table-cell, .ant-descriptions-item-content')) {
      if (!shown(cell)) continue;
      const box = cell.getBoundingClientRect();
      for (const el of cell.querySelectorAll('*')) {
        if (!shown(el) || !el.childNodes.length || ![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
        const r = el.getBoundingClientRect();
        let clipped = false;
        for (let a: Element | null = el; a && a !== cell.parentElement; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX === 'hidden' || s.overflowX === 'clip') clipped = true;
        }
        if (r.right > box.right + 1 && !clipped) problems.push(`overflows its cell: ${name(el)}`);
        if (clipped && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis') problems.push(`cut without an ellipsis: ${name(el)}`);
      }
    }
    return [...new Set(problems)];
  });
}

async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function check(page: Page, testInfo: TestInfo, shot: string, problems: string[]): Promise<void> {
  // Animations (drawer slide, tab ink) finish before anything is measured.
  await page.waitForTimeout(350);
  const path = testInfo.outputPath(`${shot}.png`);
  await page.screenshot({ path });
  const doc = shot.replace(/^zh-CN-1366-/, '');
  if (process.env.UI_DOCS && doc !== shot && DOC_SHOTS.has(doc)) {
    mkdirSync('docs/ui', { recursive: true });
    copyFileSync(path, `docs/ui/${doc}.png`);
  }
  for (const p of await layoutProblems(page)) problems.push(`${shot}: ${p}`);
  if (shot.includes(`-${SIZES[0].width}-`)) for (const p of await axeProblems(page)) problems.push(`${shot}: axe ${p}`);
}

/** Opens an overlay with `opener`, checks focus went in, runs the checks, closes it with Escape and checks focus came back. */
async function overlay(page: Page, testInfo: TestInfo, shot: string, problems: string[], opener: Locator, overlayEl: Locator, returnsFocus = true): Promise<void> {
  await opener.focus();
  await opener.click();
  await expect(overlayEl).toBeVisible();
  await expect.poll(() => overlayEl.evaluate((el) => el.contains(document.activeElement)), { message: `${shot}: focus moves into it` }).toBe(true);
  await check(page, testInfo, shot, problems);
  await page.keyboard.press('Escape');
  await expect(overlayEl).toBeHidden();
  if (!returnsFocus) return;
  // (A row opens its drawer from whichever of its parts was pressed: focus returns to that part.)
  await expect.poll(() => opener.evaluate((el) => el.contains(document.activeElement)), { message: `${shot}: focus returns to its opener` }).toBe(true);
}

// The full walk (screens, drawers, focus, axe) at the smaller size, where layouts break; the larger
// size checks the screens' layout only: roles, names and contrast do not change with the window.
for (const locale of LOCALES) {
  for (const size of SIZES) {
    const full = size.width === SIZES[0].width;
    test(`every screen${full ? ' and drawer' : ''} in ${locale} at ${size.width}×${size.height}: layout${full ? ' and accessibility' : ''}`, async ({ openWorkbench, page }, testInfo) => {
      test.setTimeout(full ? 360_000 : 180_000);
      await page.setViewportSize(size);
      const wb = await openWorkbench({ init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code }, prefs: { locale } });
      await seed(wb);
      await page.reload();
      const at = `${locale}-${size.width}`;
      const problems: string[] = [];
      const nav = page.getByTestId('nav');
      const items = nav.locator('.ant-menu-item');
      await expect(items.first()).toBeVisible();
      const keys = await items.evaluateAll((els) => els.map((e) => /^rc-menu-uuid-[^-]+-(.+)$/.exec(e.getAttribute('data-menu-id') ?? '')?.[1] ?? ''));
      const count = await items.count();
      expect(count).toBeGreaterThanOrEqual(10);

      for (let i = 0; i < count; i++) {
        await items.nth(i).click();
        await expect(items.nth(i)).toHaveClass(/ant-menu-item-selected/);
        await expect(page.locator('.app-content > *').first()).toBeVisible();
        await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
        const label = (await items.nth(i).innerText()).trim();
        // The page is titled as the menu names it.
        const title = page.locator('.app-content .screen-title').first();
        if ((await title.count()) && !(await title.innerText()).startsWith(label)) problems.push(`${at}: the menu says ${label}, the page ${await title.innerText()}`);
        await check(page, testInfo, `${at}-screen-${i}-${keys[i] || label}`, problems);
      }
      if (!full) return expect(problems).toEqual([]);

      const go = (n: number) => items.nth(n).click();
      const index = async (text: RegExp) => {
        const labels = await items.allInnerTexts();
        return labels.findIndex((l) => text.test(l.trim()));
      };

      // 目录编制: a new entry (first field focused), the guided wizard, the quality report.
      await go(await index(/^(目录编制|Catalogue)$/));
      await overlay(page, testInfo, `${at}-drawer-entry`, problems, page.getByTestId('entry-new'), page.getByTestId('entry-drawer'));
      await overlay(page, testInfo, `${at}-drawer-wizard`, problems, page.getByTestId('wizard-new'), page.getByTestId('wizard'));
      const quality = page.getByTestId('quality-open');
      if (await quality.count()) await overlay(page, testInfo, `${at}-drawer-quality`, problems, quality, page.locator('.ant-drawer-open').last());
      await overlay(page, testInfo, `${at}-drawer-history`, problems, page.getByTestId('row-history').first(), page.getByTestId('history-drawer'));

      // 需求清单: a new demand.
      await go(await index(/^(需求清单|Demands)$/));
      await overlay(page, testInfo, `${at}-drawer-demand`, problems, page.getByTestId('demand-new'), page.locator('.ant-drawer-open').last());

      // 共享目录: the basket, and a request drawer opened from it (nested: Escape closes the top one).
      await go(await index(/^(共享目录|Shared catalogue)$/));
      await overlay(page, testInfo, `${at}-drawer-details`, problems, page.getByTestId('shared-browse').locator('.ant-table-row').first(), page.getByTestId('details-drawer'), false);
      const basket = page.locator('.ant-drawer-open').filter({ has: page.getByTestId('basket-entry-pop') });
      await page.getByTestId('basket-open').focus();
      await page.getByTestId('basket-open').click();
      await expect(basket).toBeVisible();
      await check(page, testInfo, `${at}-drawer-basket`, problems);
      const requestThis = page.getByTestId('basket-request-pop');
      await overlay(page, testInfo, `${at}-drawer-request-form`, problems, requestThis, page.getByTestId('request-drawer'));
      await expect(basket).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(basket).toBeHidden();
      await expect.poll(() => page.getByTestId('basket-open').evaluate((el) => el === document.activeElement)).toBe(true);

      // 我的申请 and 待我审批: a request's drawer, a decision's drawer.
      await go(await index(/^(我的申请|My requests)$/));
      await page.locator('.ant-table-row').first().click();
      await expect(page.getByTestId('request-drawer')).toBeVisible();
      await check(page, testInfo, `${at}-drawer-request`, problems);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('request-drawer')).toBeHidden();
      await go(await index(/^(待我审批|To decide)$/));
      await overlay(page, testInfo, `${at}-drawer-decision`, problems, page.getByTestId('decision-open-r-in'), page.getByTestId('decision-drawer'));

      // The sign-in dialog: its first field has the cursor.
      await overlay(page, testInfo, `${at}-dialog-signin`, problems, page.getByRole('banner').getByTestId('signin-open'), page.getByTestId('signin-dialog'));

      expect(problems).toEqual([]);
    });
  }
}
