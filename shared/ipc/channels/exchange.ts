import { z } from 'zod';
import { channel } from '../define';
import { LAYOUTS } from '../../exchange/columns';

/** A path from the shell's file dialog; the core checks it further (absolute, .xlsx, a plain file). */
const xlsxPath = z.string().min(1, { message: 'validation.required' }).max(4096, { message: 'validation.tooLong' });

/** One problem in a workbook, at a cell: what the officer fixes in Excel. */
export const importErrorSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  /** The whole problem in the officer's words (header, value, what is allowed, the fix). */
  message: z.string(),
  /** The column's header text as the file has it. */
  header: z.string().optional(),
  /** The value found in the cell (shortened). */
  value: z.string().optional(),
  /** What the column takes: the dropdown's labels. */
  allowed: z.string().optional(),
  /** The value most likely meant, when one is obvious. */
  fix: z.string().optional(),
});
export type ImportError = z.output<typeof importErrorSchema>;

export const IMPORT_STATUSES = ['added', 'changed', 'unchanged', 'invalid'] as const;

export const importEntrySchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  name: z.string(),
  code: z.string().optional(),
  status: z.enum(IMPORT_STATUSES),
  /** The workspace entry it updates (changed / unchanged). */
  id: z.string().optional(),
  /** Fields that differ from the workspace entry (`items` when any data item does). */
  changes: z.array(z.string()),
});

export const importSummarySchema = z.object({
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  invalid: z.number().int(),
  resources: z.number().int(),
  items: z.number().int(),
});

export const importPreviewSchema = z.object({
  /** What `exchange.importApply` must be given: the file must not change in between. */
  sha256: z.string(),
  layout: z.enum(LAYOUTS).nullable(),
  summary: importSummarySchema,
  entries: z.array(importEntrySchema),
  /** The first problems, in sheet and row order; `moreErrors` counts the ones left out. */
  errors: z.array(importErrorSchema),
  moreErrors: z.number().int(),
});
export type ImportPreview = z.output<typeof importPreviewSchema>;

export const exchangeChannels = {
  /** Dry run: reads and validates the workbook and diffs it against the workspace; writes nothing. */
  'exchange.importPreview': channel('core', z.strictObject({ path: xlsxPath }), importPreviewSchema),
  /** Writes every entry of the previewed file in one transaction, or nothing; keeps the file as an attachment. */
  'exchange.importApply': channel(
    'core',
    z.strictObject({ path: xlsxPath, expectSha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'validation.invalid' }) }),
    importSummarySchema.extend({ importId: z.string(), sha256: z.string() }),
  ),
  'exchange.export': channel(
    'core',
    z.strictObject({ layout: z.enum(LAYOUTS, { message: 'validation.enum' }), path: xlsxPath }),
    z.object({ path: z.string(), resources: z.number().int(), items: z.number().int() }),
  ),
  /** A blank template of the layout, with its dropdowns. */
  'exchange.template': channel(
    'core',
    z.strictObject({ layout: z.enum(LAYOUTS, { message: 'validation.enum' }), path: xlsxPath }),
    z.object({ path: z.string() }),
  ),
};
