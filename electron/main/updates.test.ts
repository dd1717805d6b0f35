import { describe, expect, it } from 'vitest';
import { installedPerMachine, updatePlan } from './updates';

describe('update plan', () => {
  const feed = 'https://updates.county.example/cw/';
  const packaged = { packaged: true, perMachine: false };

  it('is off without a feed, when the policy says off, and in a development build', () => {
    expect(updatePlan({}, packaged)).toEqual({ mode: 'off' });
    expect(updatePlan({ updates: 'auto' }, packaged)).toEqual({ mode: 'off', note: 'noFeed' });
    expect(updatePlan({ updateFeedUrl: feed, updates: 'off' }, packaged)).toEqual({ mode: 'off' });
    expect(updatePlan({ updateFeedUrl: feed, updates: 'auto' }, { packaged: false, perMachine: false })).toEqual({ mode: 'off', note: 'unpackaged' });
  });

  it('notifies by default and installs silently only where the user may replace the program', () => {
    expect(updatePlan({ updateFeedUrl: feed }, packaged)).toEqual({ mode: 'notify' });
    expect(updatePlan({ updateFeedUrl: feed, updates: 'auto' }, packaged)).toEqual({ mode: 'auto' });
    expect(updatePlan({ updateFeedUrl: feed, updates: 'auto' }, { packaged: true, perMachine: true })).toEqual({ mode: 'notify', note: 'perMachine' });
  });

  it('knows a per-machine install by where the program is', () => {
    const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    expect(installedPerMachine('C:\\Program Files\\政务数据目录工作台\\CatalogueWorkbench.exe', 'win32', env)).toBe(true);
    expect(installedPerMachine('c:\\program files (x86)\\cw\\CatalogueWorkbench.exe', 'win32', env)).toBe(true);
    expect(installedPerMachine('C:\\Users\\officer\\AppData\\Local\\Programs\\cw\\CatalogueWorkbench.exe', 'win32', env)).toBe(false);
    expect(installedPerMachine('C:\\Program Files Evil\\cw.exe', 'win32', env)).toBe(false);
    expect(installedPerMachine('/opt/catalogue-workbench/catalogue-workbench', 'linux', {})).toBe(true);
    expect(installedPerMachine('/tmp/.mount_cw/catalogue-workbench', 'linux', { APPIMAGE: '/home/o/cw.AppImage' })).toBe(false);
    expect(installedPerMachine('/Applications/cw.app/Contents/MacOS/cw', 'darwin', {})).toBe(false);
  });
});
