import { z } from 'zod';
import { channel } from '../define';
import { LOCALES } from '../../i18n/messages';

/** UI preferences kept by the shell in electron-store — never domain data. */
export const prefsSchema = z.object({
  locale: z.enum(LOCALES).default('zh-CN'),
  lastView: z.string().max(100).optional(),
});
export type Prefs = z.output<typeof prefsSchema>;

/** File types the native file dialogs may offer: workbooks, and the PDF/JPG/PNG attachments (sealed forms, evidence) the core accepts. */
export const FILE_FILTERS = ['xlsx', 'pdf', 'jpg', 'png', 'docx'] as const;
export type FileFilter = (typeof FILE_FILTERS)[number];
const filters = z.array(z.enum(FILE_FILTERS, { message: 'validation.enum' })).min(1).max(FILE_FILTERS.length).default(['xlsx']);

export const shellChannels = {
  'prefs.get': channel('shell', z.strictObject({}), prefsSchema),
  'prefs.set': channel('shell', z.strictObject({ locale: z.enum(LOCALES).optional(), lastView: z.string().max(100).optional() }), prefsSchema),
  /** Native folder picker; `null` when the officer cancels. */
  'dialog.chooseWorkspace': channel('shell', z.strictObject({}), z.object({ dir: z.string().nullable() })),
  /** Native open-file dialog for a workbook (import) or an attachment; `null` when the officer cancels. */
  'dialog.openFile': channel('shell', z.strictObject({ filters }), z.object({ path: z.string().nullable() })),
  /** Native save dialog (export, templates); `defaultName` is a bare file name. `null` when cancelled. */
  'dialog.saveFile': channel(
    'shell',
    z.strictObject({
      filters,
      defaultName: z.string().max(200, { message: 'validation.tooLong' }).regex(/^[^/\\:*?"<>|]*$/, { message: 'validation.invalid' }).optional(),
    }),
    z.object({ path: z.string().nullable() }),
  ),
  /** Opens an allow-listed https URL in the system browser. */
  'shell.openExternal': channel('shell', z.strictObject({ url: z.string().max(2000) }), z.object({ opened: z.boolean() })),
  /**
   * Opens a file the app wrote (a printed form, a workbook, a scan) with the system's program for
   * it — only inside the workspace folder or the print folder, of an allow-listed type; `opened:
   * false` otherwise.
   */
  'shell.openPath': channel('shell', z.strictObject({ path: z.string().min(1).max(4096) }), z.object({ opened: z.boolean() })),
  /** How secrets are kept: `plainText` when Linux safeStorage fell back to `basic_text` (no keyring), so the UI can warn. */
  'keyStore.status': channel('shell', z.strictObject({}), z.object({ plainText: z.boolean() })),
};
