import { mkdtempSync, rmSync } from 'node:fs';
import { formatUscc } from '../../renderer/src/format/uscc';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core/index';
import { initialisedCore } from '../helpers/core';
import { damageMiddlePages, padWorkspace, rawSql, workspacePaths } from '../helpers/workspace';
import { pushEvent } from './harness/bridge';
import { DEPARTMENT, expect, test } from './harness/fixtures';

const scratch = () => mkdtempSync(join(tmpdir(), 'cw-e2e-ws-'));

test('the header shows the workspace, the department, the network and the operations waiting to be sent', async ({ workbench }) => {
  const { page } = workbench;
  await expect(page.getByTestId('header-department')).toContainText(DEPARTMENT.name);
  // The credit code as the header shows it: spaced for reading.
  await expect(page.getByTestId('header-department')).toContainText(formatUscc(DEPARTMENT.code));
  await expect(page.getByTestId('header-workspace')).toContainText(workbench.dir);
  await expect(page.getByTestId('header-outbox')).toHaveAttribute('data-count', '0');

  // Two operations queued in the workspace: the header reads them from the core.
  await rawSql(
    workbench.dir,
    `INSERT INTO outbox (op_id, kind, entity_type, entity_id, payload, created_at) VALUES
       ('op-1', 'catalogue.submit', 'catalogue_entry', 'e1', '{}', '2026-03-02T09:00:00.000Z'),
       ('op-2', 'catalogue.submit', 'catalogue_entry', 'e2', '{}', '2026-03-02T09:00:00.000Z')`,
  );
  await page.reload();
  await expect(page.getByTestId('header-outbox')).toContainText('待同步 2');

  // The sync engine announces a new count as `outbox.changed`; the header follows without a reload.
  await pushEvent(page, 'outbox.changed', { count: 0 });
  await expect(page.getByTestId('header-outbox')).toContainText('待同步 0');

  await expect(page.getByTestId('header-online')).toContainText('在线');
  await page.context().setOffline(true);
  await expect(page.getByTestId('header-online')).toContainText('离线');
  await workbench.screenshot('header-offline');
  await page.context().setOffline(false);
  await expect(page.getByTestId('header-online')).toContainText('在线');
});

test('a workspace in use elsewhere is refused with a clear message, and another one can be opened', async ({ openWorkbench }) => {
  const dir = scratch();
  const other = scratch();
  const holder = await initialisedCore(dir);
  try {
    const wb = await openWorkbench({ dir });
    const { page } = wb;
    await expect(page.getByTestId('unavailable-message')).toContainText('工作区正被另一个程序使用');
    await wb.screenshot('workspace-locked');

    // A cancelled folder picker changes nothing.
    await page.getByTestId('open-another').click();
    await expect(page.getByTestId('unavailable-message')).toBeVisible();

    wb.shell.chosenFolders.push(other);
    await page.getByTestId('open-another').click();
    await expect(page.getByTestId('setup')).toContainText(other);
    expect((await wb.call('workspace.status', {})).state).toBe('uninitialised');
    // The refused workspace still belongs to its first core, untouched.
    expect((await holder.dispatch('catalogue.list', {})).ok).toBe(true);
  } finally {
    await holder.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
});

test('a workspace restored from its backup says so, and the officer must acknowledge it', async ({ openWorkbench }) => {
  const dir = scratch();
  await (await initialisedCore(dir)).close();
  await padWorkspace(dir);
  rmSync(workspacePaths(dir).backup);
  // Opened and closed once without writes: the clean close writes the backup of the padded file.
  const again = createCore({ workspaceDir: dir });
  await again.ready;
  await again.close();
  damageMiddlePages(workspacePaths(dir).db);

  const wb = await openWorkbench({ dir, removeDirOnClose: true });
  const { page } = wb;
  const notice = page.getByTestId('notice-message');
  await expect(notice).toContainText('已从');
  await expect(notice).toContainText('备份恢复');
  await wb.screenshot('workspace-restored-notice');
  // Escape does not dismiss it: only the acknowledgement does.
  await page.keyboard.press('Escape');
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: '我知道了' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByTestId('header-department')).toContainText(DEPARTMENT.name);
});
