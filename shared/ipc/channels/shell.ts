import { z } from 'zod';
import { channel } from '../define';
import { LOCALES } from '../../i18n/messages';

/** UI preferences kept by the shell in electron-store — never domain data. */
export const prefsSchema = z.object({
  locale: z.enum(LOCALES).default('zh-CN'),
  lastView: z.string().max(100).optional(),
});
export type Prefs = z.output<typeof prefsSchema>;

export const shellChannels = {
  'prefs.get': channel('shell', z.strictObject({}), prefsSchema),
  'prefs.set': channel('shell', z.strictObject({ locale: z.enum(LOCALES).optional(), lastView: z.string().max(100).optional() }), prefsSchema),
  /** Native folder picker; `null` when the officer cancels. */
  'dialog.chooseWorkspace': channel('shell', z.strictObject({}), z.object({ dir: z.string().nullable() })),
  /** Opens an allow-listed https URL in the system browser. */
  'shell.openExternal': channel('shell', z.strictObject({ url: z.string().max(2000) }), z.object({ opened: z.boolean() })),
};
