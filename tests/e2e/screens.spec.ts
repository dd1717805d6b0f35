import { copyFileSync, mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import type { Notice } from '@shared/protocol/index';
import { OTHER, platformObjection, platformRequest, pullChanges } from '../helpers/requests';
import { pullIntoWorkspace, sharedEntry } from '../helpers/shared-catalogue';
import { DEPARTMENT, expect, test } from './harness/fixtures';
import { Workbench } from './harness/workbench';

/**
 * Every navigation entry and the drawers and dialogs of each, in both languages at the two office
 * screen sizes: a screenshot of each (kept in the run's output folder), the layout checks (no
 * toolbar wraps, no header or label breaks mid-word, no text runs out of its cell unless truncated
 * with a tooltip, nothing slides under a fixed column) and axe-core with no serious or critical
 * violation. With UI_DOCS=1 the screenshots docs/ui.md shows are written to docs/ui/.
 *
 * One workspace, seeded once, and one page serve the four walks (language × size): the walks only
 * look, open and close, so each sees the same data.
 */

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LOCALES = ['zh-CN', 'en'] as const;

/** The screenshots docs/ui.md shows. */
const DOC_SHOTS = new Set(['screen-0-catalogue', 'screen-4-requests', 'screen-6-objections', 'screen-7-sync', 'drawer-entry', 'dialog-signin']);

const LONG_PROVIDER = '伊川县市场监督管理局综合行政执法大队信息中心';

/** Seeds the workspace; returns the request that has a form number and the demand with matches. */
async function seed(wb: Workbench): Promise<{ numbered: string; demandNumber: string }> {
  const created: { id: string; name: string }[] = [];
  for (const [name, provider, shareType] of [
    ['伊川县市场主体登记注册信息（含个体工商户与农民专业合作社）', LONG_PROVIDER, 'conditional'],
    ['伊川县食品经营许可信息', DEPARTMENT.name, 'unconditional'],
  ] as const) {
    const entry = await wb.call('catalogue.create', {
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
    created.push(entry);
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

  // A conditional request whose demand form was generated: it has its form number.
  await pullIntoWorkspace(wb.dir, [sharedEntry('lic', { code: '103/LIC', name: '营业执照信息', provider: '伊川县市场监督管理局', items: [{ name: '注册号', type: 'C', length: '30' }] })]);
  await wb.call('basket.add', { entryId: 'lic', items: [] });
  const numbered = await wb.call('requests.create', {
    entryId: 'lic',
    fields: { items: [], purpose: '企业开办核验', scenario: '企业开办一件事', basisKind: 'law', basisText: '《优化营商环境条例》第十九条', shareMethod: 'interface', periodFrom: '2026-03-01', periodTo: '2026-12-31', contactName: '李四', contactPhone: '0379-68312345' },
  });
  await wb.call('requests.demandForm', { id: numbered.id });

  // Grants in force: one this department gave (revocable), one it received (seasonal use can be declared).
  const own = created[1]!;
  await pullChanges(wb.dir, [
    { kind: 'request.incoming', request: platformRequest({ id: 'g-out', entryId: own.id, entryName: own.name, requesterCode: OTHER, providerCode: DEPARTMENT.code, providerName: DEPARTMENT.name, state: 'active', revision: 2, validUntil: '2026-12-31' }) },
    {
      kind: 'request.status',
      request: platformRequest({ id: 'g-in', entryId: 'pop', entryName: '人口基础信息', requesterCode: DEPARTMENT.code, requesterName: DEPARTMENT.name, providerCode: OTHER, providerName: '伊川县公安局', state: 'active', revision: 2, validUntil: '2026-12-31' }),
    },
    // Objections: one raised on this department's entry, one it raised on another's.
    { kind: 'objection.update', objection: platformObjection({ id: 'o-on-ours', entryId: own.id, entryName: own.name }) },
    { kind: 'objection.update', objection: platformObjection({ id: 'o-ours', entryId: 'pop', entryName: '人口基础信息', raiserCode: DEPARTMENT.code, raiserName: DEPARTMENT.name, providerCode: OTHER, providerName: '伊川县公安局' }) },
  ]);
  // A demand with matches in the shared catalogue, and the authority's notice on our entry.
  const demand = await wb.call('demands.create', {
    demand: { name: '常住人口信息', description: '低保审核时核对申请人户籍', items: ['姓名'], basisKind: 'law', basisText: '《社会救助暂行办法》第十一条', scenario: '最低生活保障审核', shareMethod: 'file', contactName: '王五', contactPhone: '13812345678', proposedOn: '2026-03-02' },
  });
  const notice: Notice = {
    id: 'n-1', entryId: own.id, entryName: own.name, departmentCode: DEPARTMENT.code, kind: 'availability', evidence: '接口 2 月中断 3 次',
    issuedAt: '2026-03-02T01:00:00.000Z', dueDate: '2026-03-16', state: 'issued', revision: 1, history: [{ type: 'issued', at: '2026-03-02T01:00:00.000Z' }], updatedAt: '2026-03-02T01:00:00.000Z',
  };
  await pullChanges(wb.dir, [{ kind: 'notice.update', notice }]);
  return { numbered: numbered.id, demandNumber: demand.number };
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

    // Nothing slides under a fixed column: no other cell of its row (header or body) lies, even in
    // part, beneath a fixed cell. A cell scrolled wholly out of view does not count.
    const FIXED = '.ant-table-cell-fix-start, .ant-table-cell-fix-end';
    for (const fixedCell of document.querySelectorAll(FIXED)) {
      if (!shown(fixedCell) || fixedCell.classList.contains('ant-table-cell-scrollbar')) continue;
      const f = fixedCell.getBoundingClientRect();
      for (const other of fixedCell.parentElement?.children ?? []) {
        if (other.matches(FIXED) || other.classList.contains('ant-table-cell-scrollbar') || !shown(other) || !(other.textContent ?? '').trim()) continue;
        const o = other.getBoundingClientRect();
        if (Math.min(o.right, f.right) - Math.max(o.left, f.left) > 1) problems.push(`under a fixed column: ${name(other)} under ${name(fixedCell)}`);
      }
    }

    // Text stays inside its cell, or is cut with an ellipsis that has a tooltip.
    for (const cell of document.querySelectorAll('td.ant-table-cell, .ant-table-tbody-virtual .ant-table-cell, .ant-descriptions-item-content')) {
      if (!shown(cell)) continue;
      const box = cell.getBoundingClientRect();
      for (const el of cell.querySelectorAll('*')) {
        if (!shown(el) || !el.childNodes.length || ![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
        // (Text for screen readers only is clipped on purpose.)
        if (el.closest('.visually-hidden')) continue;
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
  // With a dialog or drawer over another, the one beneath sits behind the top one's mask (and was
  // checked when it was on top): only the top one is checked, or its dimmed colours would count.
  const nested = await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-axe-top]')) el.removeAttribute('data-axe-top');
    const open = [...document.querySelectorAll<HTMLElement>('.ant-drawer-open, .ant-modal-wrap')].filter((el) => {
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden' && el.getBoundingClientRect().width > 0;
    });
    if (open.length < 2) return false;
    // Overlays are appended to the body as they open: the last is on top.
    open.at(-1)!.setAttribute('data-axe-top', '');
    return true;
  });
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const result = await (nested ? builder.include('[data-axe-top]') : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Animations (drawer slide, tab ink, a list's fade) have finished: nothing is measured mid-way. */
async function settle(page: Page): Promise<void> {
  // Two frames, so a motion started by the last action has put its classes on.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(
    () =>
      !document.querySelector('[class*="-enter-active"], [class*="-leave-active"], [class*="-appear-active"]') &&
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 10_000 },
  );
}

async function check(page: Page, testInfo: TestInfo, shot: string, problems: string[]): Promise<void> {
  await settle(page);
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

/**
 * Opens an overlay with `opener` (pressed, or with Enter once focused for a row the keyboard opens),
 * checks focus went in, runs the checks, closes it with Escape and checks focus came back to the
 * opener — for a row, the row itself.
 */
async function overlay(page: Page, testInfo: TestInfo, shot: string, problems: string[], opener: Locator, overlayEl: Locator, how: 'click' | 'keyboard' = 'click'): Promise<void> {
  // (Actions wait without limit: an opener that is not there fails here, within the expect timeout.)
  await expect(opener, `${shot}: its opener is there`).toBeVisible();
  await opener.focus();
  if (how === 'keyboard') {
    await expect(opener, `${shot}: its opener takes focus`).toBeFocused();
    await page.keyboard.press('Enter');
  } else await opener.click();
  await expect(overlayEl).toBeVisible();
  await expect.poll(() => overlayEl.evaluate((el) => el.contains(document.activeElement)), { message: `${shot}: focus moves into it` }).toBe(true);
  await check(page, testInfo, shot, problems);
  await page.keyboard.press('Escape');
  await expect(overlayEl).toBeHidden();
  await expect.poll(() => opener.evaluate((el) => el.contains(document.activeElement)), { message: `${shot}: focus returns to its opener` }).toBe(true);
}

/** A dialog by its test id, which antd puts on the dialog's root (a box-less wrapper): the dialog itself. */
const modal = (page: Page, testId: string) => page.getByTestId(testId).locator('.ant-modal');

test.describe.configure({ mode: 'serial' });

let wb: Workbench;
let seeded: Awaited<ReturnType<typeof seed>>;

test.beforeAll(async ({ browser, rendererUrl }, testInfo) => {
  test.setTimeout(300_000);
  const { locale, timezoneId } = testInfo.project.use;
  // A context of its own (axe-core needs one made with newContext), as the project's options make them.
  const context = await browser.newContext({ locale, timezoneId, viewport: SIZES[0] });
  const page = await context.newPage();
  wb = await Workbench.start(page, { url: rendererUrl, init: { profileId: 'yichuan', departmentName: DEPARTMENT.name, departmentCode: DEPARTMENT.code }, prefs: { locale: 'zh-CN' } });
  seeded = await seed(wb);
  await page.reload();
});

test.afterAll(async () => {
  if (!wb) return;
  const context = wb.page.context();
  await wb.close();
  await context.close();
});

/** The language the app shows, switched in the header as an officer would. */
async function useLocale(page: Page, locale: (typeof LOCALES)[number]): Promise<void> {
  const switcher = page.getByRole('banner').getByTestId('language-switch');
  const option = switcher.locator('.ant-segmented-item').filter({ hasText: locale === 'en' ? 'English' : '中文' });
  if (!(await option.evaluate((el) => el.classList.contains('ant-segmented-item-selected')))) await option.click();
  await expect(page.getByTestId('nav').locator('.ant-menu-item').first()).toHaveText(locale === 'en' ? 'Catalogue' : '目录编制');
}

// The full walk (screens, drawers, focus, axe) at the smaller size, where layouts break; the larger
// size checks the screens' layout only: roles, names and contrast do not change with the window.
for (const locale of LOCALES) {
  for (const size of SIZES) {
    const full = size.width === SIZES[0].width;
    // (The walks use the shared page, not the test's own: Playwright reads fixtures from the pattern, none here.)
    // eslint-disable-next-line no-empty-pattern
    test(`every screen${full ? ' and drawer' : ''} in ${locale} at ${size.width}×${size.height}: layout${full ? ', focus and accessibility' : ''}`, async ({}, testInfo) => {
      // Generous: the walks share two cores with builds and other suites.
      test.setTimeout(full ? 900_000 : 300_000);
      const { page } = wb;
      await page.setViewportSize(size);
      await useLocale(page, locale);
      const at = `${locale}-${size.width}`;
      const en = locale === 'en';
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

      const go = async (key: string) => {
        const i = keys.indexOf(key);
        expect(i, `the menu has ${key}`).toBeGreaterThanOrEqual(0);
        await items.nth(i).click();
        await expect(items.nth(i)).toHaveClass(/ant-menu-item-selected/);
      };
      // Every entry of the menu is walked below for its drawers and dialogs, or said to have none.
      const walked = new Set<string>();
      const screen = async (key: string) => {
        walked.add(key);
        await go(key);
      };

      // 目录编制: a new entry (first field focused), the guided wizard, the quality report, a row's history.
      await screen('catalogue');
      await overlay(page, testInfo, `${at}-drawer-entry`, problems, page.getByTestId('entry-new'), page.getByTestId('entry-drawer'));
      await overlay(page, testInfo, `${at}-drawer-wizard`, problems, page.getByTestId('wizard-new'), page.getByTestId('wizard'));
      await overlay(page, testInfo, `${at}-drawer-quality`, problems, page.getByTestId('quality-open'), page.getByTestId('quality-drawer'));
      await overlay(page, testInfo, `${at}-drawer-history`, problems, page.getByTestId('row-history').first(), page.getByTestId('history-drawer'));

      // 责任清单: an entry's responsibilities.
      await screen('responsibilities');
      await overlay(page, testInfo, `${at}-drawer-responsibility`, problems, page.locator('[data-testid^="responsibility-edit-"]').first(), page.getByTestId('responsibility-drawer'));

      // 需求清单: a new demand.
      await screen('demands');
      await overlay(page, testInfo, `${at}-drawer-demand`, problems, page.getByTestId('demand-new'), page.locator('.ant-drawer-open').last());
      await overlay(page, testInfo, `${at}-drawer-suggestions`, problems, page.getByTestId(`demand-suggest-${seeded.demandNumber}`), page.getByTestId('suggestions-drawer'));

      // 共享目录: a row's details, opened from the keyboard; over it the objection dialog (nested:
      // Escape closes the dialog, then the drawer, and focus returns to the row); the basket and a
      // request drawer opened from it (nested likewise).
      await screen('shared-catalogue');
      const popRow = page.getByTestId('shared-browse').locator('.ant-table-row[data-row-key="pop"]');
      await overlay(page, testInfo, `${at}-drawer-details`, problems, popRow, page.getByTestId('details-drawer'), 'keyboard');
      const details = page.getByTestId('details-drawer');
      await popRow.focus();
      await page.keyboard.press('Enter');
      await expect(details).toBeVisible();
      await overlay(page, testInfo, `${at}-dialog-raise-objection`, problems, details.getByTestId('raise-objection'), modal(page, 'raise-modal'));
      await expect(details).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(details).toBeHidden();
      await expect(popRow).toBeFocused();

      const basket = page.getByTestId('basket-drawer');
      await page.getByTestId('basket-open').focus();
      await page.getByTestId('basket-open').click();
      await expect(basket).toBeVisible();
      await check(page, testInfo, `${at}-drawer-basket`, problems);
      await overlay(page, testInfo, `${at}-drawer-request-form`, problems, page.getByTestId('basket-request-pop'), page.getByTestId('request-drawer'));
      await expect(basket).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(basket).toBeHidden();
      await expect(page.getByTestId('basket-open')).toBeFocused();

      // 我的申请: the form number in the list, a request's drawer opened from its row (and its
      // sealed-form panel with the number), focus back on the row.
      await screen('requests');
      const numberedRow = page.getByTestId(`request-row-${seeded.numbered}`);
      const formNumber = new RegExp(`^${en ? 'Form number' : '申请编号'} ${DEPARTMENT.code}-\\d{4}-0001$`);
      await expect(numberedRow.getByTestId('request-form-number')).toHaveText(formNumber);
      await overlay(page, testInfo, `${at}-drawer-request`, problems, numberedRow, page.getByTestId('request-drawer'), 'keyboard');
      await numberedRow.click();
      await expect(page.getByTestId('request-sealed-form').getByTestId('sealed-form-number')).toHaveText(formNumber);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('request-drawer')).toBeHidden();
      await expect(numberedRow).toBeFocused();

      // 待我审批: a decision's drawer; 授权管理: revoking a grant given, declaring seasonal use of one received.
      await screen('decisions');
      await overlay(page, testInfo, `${at}-drawer-decision`, problems, page.getByTestId('decision-open-r-in'), page.getByTestId('decision-drawer'));
      await page.getByTestId('decisions-tabs').getByRole('tab', { name: en ? 'Authorisations' : '授权管理' }).click();
      await expect(page.getByTestId('authorisations-table')).toBeVisible();
      await check(page, testInfo, `${at}-tab-authorisations`, problems);
      await overlay(page, testInfo, `${at}-dialog-revoke`, problems, page.getByTestId('revoke-g-out'), modal(page, 'revoke-modal'));
      await overlay(page, testInfo, `${at}-dialog-seasonal`, problems, page.getByTestId('seasonal-g-in'), modal(page, 'seasonal-modal'));
      await page.getByTestId('decisions-tabs').getByRole('tab', { name: en ? 'Disputes' : '争议协调' }).click();
      await check(page, testInfo, `${at}-tab-disputes`, problems);

      // 数据疑义: the objection we raised, and the one raised on our entry.
      await screen('objections');
      await overlay(page, testInfo, `${at}-drawer-objection-raiser`, problems, page.getByTestId('objection-open-o-ours'), page.getByTestId('objection-drawer'));
      await page.getByTestId('objections-tab-provider').click();
      await overlay(page, testInfo, `${at}-drawer-objection-provider`, problems, page.getByTestId('objection-open-o-on-ours'), page.getByTestId('objection-drawer'));

      // 通报整改: a notice's drawer, opened from its row.
      await screen('notices');
      await overlay(page, testInfo, `${at}-drawer-notice`, problems, page.getByTestId('notices-table').locator('.ant-table-row').first(), page.getByTestId('notice-drawer'));

      // The sign-in dialog: its first field has the cursor.
      await overlay(page, testInfo, `${at}-dialog-signin`, problems, page.getByRole('banner').getByTestId('signin-open'), page.getByTestId('signin-dialog'));

      // Screens with no drawer or dialog of their own to open on this data: their screen check above is their walk.
      for (const key of ['open-data', 'sync', 'overview', 'audit', 'settings']) walked.add(key);
      expect(keys.filter((k) => !walked.has(k)), 'menu entries not walked').toEqual([]);

      expect(problems).toEqual([]);
    });
  }
}
