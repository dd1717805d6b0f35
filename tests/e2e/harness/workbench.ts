import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/index';
import { CHANNELS, isChannel, type Channel, type Input, type Output, type ShellChannel } from '@shared/ipc/contract';
import type { Prefs } from '@shared/ipc/channels/shell';
import type { WorkspaceInit } from '@shared/ipc/channels/workspace';
import { installWindowApi, pushEvent } from './bridge';
import { FakeShell } from './fake-shell';

export const ARTIFACTS = new URL('../artifacts/', import.meta.url);

export interface WorkbenchOptions {
  /** Base URL of the served renderer. */
  url: string;
  /** An existing workspace folder; a fresh temporary one when omitted (and removed on close). */
  dir?: string;
  /** Remove `dir` on close although the test chose it (e.g. a copy of a generated workspace). */
  removeDirOnClose?: boolean;
  /** Set the workspace up through the core before the page loads, skipping first-run setup. */
  init?: WorkspaceInit;
  prefs?: Partial<Prefs>;
  /** Passed to every core this app starts (clock, platform policy, key store…), on restart too. */
  core?: Partial<CoreOptions>;
}

/**
 * One running app as the officer sees it: a real core on a real workspace, in this process, and a
 * page whose `window.api` calls that core's `dispatch`. Several can run side by side (two
 * departments, two pages); `restartCore` closes the core and opens a new one on the same folder.
 */
export class Workbench {
  readonly shell: FakeShell;
  /** Every call the page made, in order, with when it came and how long it took (ms). */
  readonly calls: { channel: string; input: unknown; at: number; ms?: number }[] = [];
  private unsubscribe: () => void = () => {};

  private constructor(
    readonly page: Page,
    readonly dir: string,
    private current: Core,
    private readonly url: string,
    private readonly ownsDir: boolean,
    prefs: Partial<Prefs>,
    private readonly coreOptions: Partial<CoreOptions>,
  ) {
    this.shell = new FakeShell(prefs);
  }

  static async start(page: Page, options: WorkbenchOptions): Promise<Workbench> {
    const ownsDir = options.dir === undefined || options.removeDirOnClose === true;
    const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'cw-e2e-'));
    const coreOptions = options.core ?? {};
    const wb = new Workbench(page, dir, await Workbench.openCore(dir, coreOptions), options.url, ownsDir, options.prefs ?? {}, coreOptions);
    wb.relayEvents();
    wb.shell.openRoots = [dir];
    // print.toPdf: Chromium's page.pdf in a page of its own, as the shell's hidden window does with printToPDF.
    wb.shell.printer = async (html) => {
      const printPage = await page.context().newPage();
      try {
        await printPage.setContent(html);
        const path = join(dir, `print-${wb.shell.printed.length + 1}.pdf`);
        await printPage.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
        return path;
      } finally {
        await printPage.close();
      }
    };
    if (options.init) await wb.call('workspace.init', options.init);
    await installWindowApi(page, (channel, input) => {
      const entry: Workbench['calls'][number] = { channel, input, at: Date.now() };
      wb.calls.push(entry);
      const answer = isChannel(channel) && CHANNELS[channel].owner === 'shell' ? wb.shell.handle(channel as ShellChannel, input) : wb.current.dispatch(channel, input);
      return answer.finally(() => void (entry.ms = Date.now() - entry.at));
    });
    await page.goto(options.url);
    return wb;
  }

  private static async openCore(dir: string, options: Partial<CoreOptions>): Promise<Core> {
    const core = createCore({ actor: 'e2e', ...options, workspaceDir: dir });
    await core.ready;
    return core;
  }

  get core(): Core {
    return this.current;
  }

  /** Calls the core directly, e.g. to seed data or to check what the UI wrote. */
  async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const r = await this.current.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.value as Output<C>;
  }

  /** Clean close of the core, a new core on the same folder, and a reload of the page. */
  async restartCore(): Promise<void> {
    this.unsubscribe();
    await this.current.close();
    this.current = await Workbench.openCore(this.dir, this.coreOptions);
    this.relayEvents();
    await this.page.reload();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: new URL(`${name}.png`, ARTIFACTS).pathname });
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.current.close();
    if (this.ownsDir) rmSync(this.dir, { recursive: true, force: true });
  }

  private relayEvents(): void {
    this.unsubscribe = this.current.onAny((event, payload) => void pushEvent(this.page, event, payload));
  }
}
