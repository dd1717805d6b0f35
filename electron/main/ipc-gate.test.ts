import { describe, expect, it } from 'vitest';
import { CHANNELS, CHANNEL_NAMES } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/errors';
import { makeIpcGate } from './ipc-gate';
import { memoryPrefsStore } from './prefs';
import { shellHandlers } from './shell-handlers';

/** The gate with a real shell handler set over memory prefs; the core relay records what it gets. */
function setup(trusted = true) {
  const relayed: { channel: string; input: unknown }[] = [];
  const opened: string[] = [];
  const locales: string[] = [];
  const prefs = memoryPrefsStore();
  const gate = makeIpcGate<{ trusted: boolean }>({
    trusted: (s) => s.trusted,
    core: async (channel, input) => {
      relayed.push({ channel, input });
      return { ok: true, value: { relayed: channel } };
    },
    shell: shellHandlers({
      prefs,
      chooseFolder: async () => '/home/officer/workspace',
      openFile: async (filters) => `/home/officer/in.${filters[0]}`,
      saveFile: async (filters, name) => (name ? `/home/officer/${name}` : null),
      openExternal: async (url) => void opened.push(url),
      onLocale: (l) => void locales.push(l),
      allowList: ['www.gov.cn'],
    }),
    locale: () => prefs.get().locale,
  });
  const call = (channel: string, input: unknown, sender = { trusted }) => gate(sender, channel, input);
  return { call, relayed, opened, locales, prefs };
}

const errorCode = (r: Result<unknown>) => (r.ok ? undefined : r.error.code);

describe('IPC gate', () => {
  it('refuses untrusted senders with FORBIDDEN_SENDER on every channel, before anything runs', async () => {
    const s = setup(false);
    for (const channel of CHANNEL_NAMES) {
      const r = await s.call(channel, {});
      expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: '拒绝来自非本应用页面的请求' } });
    }
    expect(s.relayed).toEqual([]);
    expect(s.prefs.get()).toEqual({ locale: 'zh-CN' });
  });

  it('relays core channels to the host untouched (the core validates them)', async () => {
    const s = setup();
    const core = CHANNEL_NAMES.filter((c) => CHANNELS[c].owner === 'core');
    for (const channel of core) expect(await s.call(channel, { any: 'thing' })).toEqual({ ok: true, value: { relayed: channel } });
    expect(s.relayed.map((r) => r.channel)).toEqual(core);
  });

  it('refuses names outside the contract', async () => {
    const s = setup();
    expect(errorCode(await s.call('__proto__', {}))).toBe('UNKNOWN_CHANNEL');
    expect(errorCode(await s.call('ipcRenderer.send', {}))).toBe('UNKNOWN_CHANNEL');
    expect(s.relayed).toEqual([]);
  });

  it('validates shell inputs with their schemas, naming the field', async () => {
    const s = setup();
    const r = await s.call('prefs.set', { locale: 'fr' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'locale', code: 'validation.enum' }] } } });
    expect(errorCode(await s.call('prefs.get', { extra: true }))).toBe('VALIDATION');
    expect(errorCode(await s.call('shell.openExternal', { url: 42 }))).toBe('VALIDATION');
    expect(s.prefs.get().locale).toBe('zh-CN');
  });

  it('keeps prefs and reports a language change once', async () => {
    const s = setup();
    expect(await s.call('prefs.get', {})).toEqual({ ok: true, value: { locale: 'zh-CN' } });
    expect(await s.call('prefs.set', { locale: 'en', lastView: 'catalogue' })).toEqual({ ok: true, value: { locale: 'en', lastView: 'catalogue' } });
    await s.call('prefs.set', { lastView: 'demands' });
    expect(s.locales).toEqual(['en']);
    // Errors now come in the new language.
    const r = await s.call('prefs.set', { locale: 'fr' });
    expect(r.ok ? '' : r.error.message).toBe('Some input is invalid; check the marked fields');
  });

  it('opens only allow-listed https URLs, in their normalised form', async () => {
    const s = setup();
    expect(await s.call('shell.openExternal', { url: 'https://WWW.GOV.CN/zhengce' })).toEqual({ ok: true, value: { opened: true } });
    expect(await s.call('shell.openExternal', { url: 'https://www.gov.cn@evil.example/' })).toEqual({ ok: true, value: { opened: false } });
    expect(await s.call('shell.openExternal', { url: 'file:///etc/passwd' })).toEqual({ ok: true, value: { opened: false } });
    expect(s.opened).toEqual(['https://www.gov.cn/zhengce']);
  });

  it('answers the folder picker', async () => {
    const s = setup();
    expect(await s.call('dialog.chooseWorkspace', {})).toEqual({ ok: true, value: { dir: '/home/officer/workspace' } });
  });

  it('answers the workbook dialogs, offering only .xlsx', async () => {
    const s = setup();
    expect(await s.call('dialog.openFile', {})).toEqual({ ok: true, value: { path: '/home/officer/in.xlsx' } });
    expect(await s.call('dialog.saveFile', { filters: ['xlsx'], defaultName: '目录.xlsx' })).toEqual({ ok: true, value: { path: '/home/officer/目录.xlsx' } });
    expect(errorCode(await s.call('dialog.openFile', { filters: ['exe'] }))).toBe('VALIDATION');
    expect(errorCode(await s.call('dialog.saveFile', { defaultName: '../../etc/passwd' }))).toBe('VALIDATION');
  });

  it('turns an unexpected failure of a shell handler into INTERNAL, never a throw', async () => {
    const gate = makeIpcGate<null>({
      trusted: () => true,
      core: async () => ({ ok: true, value: null }),
      shell: {
        ...shellHandlers({ prefs: memoryPrefsStore(), chooseFolder: async () => null, openFile: async () => null, saveFile: async () => null, openExternal: async () => {}, onLocale: () => {} }),
        'dialog.chooseWorkspace': async () => {
          throw new Error('dialog crashed');
        },
      },
      locale: () => 'en',
    });
    expect(await gate(null, 'dialog.chooseWorkspace', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
