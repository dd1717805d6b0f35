import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '@shared/i18n/messages';
import { shellMessages } from './i18n';

export interface MenuActions {
  openWorkspace(): void;
}

/**
 * The application menu in the language of the prefs. Roles give the native behaviour; labels come
 * from the shell's i18n module. Developer tools only in unpackaged builds.
 */
export function menuTemplate(locale: Locale, platform: string, packaged: boolean, actions: MenuActions): MenuItemConstructorOptions[] {
  const m = shellMessages(locale).menu;
  const mac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: shellMessages(locale).appName,
          submenu: [
            { role: 'about', label: m.about },
            { type: 'separator' },
            { role: 'hide', label: m.hide },
            { role: 'hideOthers', label: m.hideOthers },
            { role: 'unhide', label: m.unhide },
            { type: 'separator' },
            { role: 'quit', label: m.quit },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      label: m.file,
      submenu: [
        { label: m.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: m.quit } as const]),
      ],
    },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    {
      label: m.view,
      submenu: [
        { role: 'reload', label: m.reload },
        ...(packaged ? [] : [{ role: 'toggleDevTools', label: m.toggleDevTools } as const]),
        { type: 'separator' },
        { role: 'resetZoom', label: m.resetZoom },
        { role: 'zoomIn', label: m.zoomIn },
        { role: 'zoomOut', label: m.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: m.fullScreen },
      ],
    },
    {
      label: m.window,
      submenu: [
        { role: 'minimize', label: m.minimize },
        { role: 'close', label: m.close },
      ],
    },
    ...(mac ? [] : [{ label: m.help, submenu: [{ role: 'about', label: m.about } as const] }]),
  ];
}
