import { z } from 'zod';
import { SHARE_METHOD_TYPES, UPDATE_CYCLES } from './enums';
import { checkUscc, normaliseCode } from '../ids/uscc';

/**
 * The demand list (需求清单): data the department needs from others. Field messages are
 * `validation.*` i18n keys, so the form, the core and the CLI say the same thing.
 */

export const DEMAND_STATUSES = ['pending', 'matched', 'requested', 'satisfied', 'unsatisfiable', 'toCatalogue'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/** 需求依据: a law or regulation, the department's 三定 duties, or a business matter. */
export const DEMAND_BASIS_KINDS = ['law', 'duty', 'businessMatter'] as const;
export type DemandBasisKind = (typeof DEMAND_BASIS_KINDS)[number];

/**
 * The status flow as a table: from → the statuses it may move to. `matched` is reached by
 * accepting a suggestion (which sets the matched code); a match may be dropped (back to pending);
 * `requested` is set when a share request is filed and falls back to `matched` when it is refused.
 * The three outcomes are final.
 */
export const DEMAND_TRANSITIONS: Record<DemandStatus, readonly DemandStatus[]> = {
  pending: ['matched', 'unsatisfiable', 'toCatalogue'],
  matched: ['pending', 'requested', 'unsatisfiable', 'toCatalogue'],
  requested: ['matched', 'satisfied', 'unsatisfiable'],
  satisfied: [],
  unsatisfiable: [],
  toCatalogue: [],
};

export function canMoveDemand(from: DemandStatus, to: DemandStatus): boolean {
  return DEMAND_TRANSITIONS[from].includes(to);
}

/** Statuses in which the demand's content may still be edited. */
export const EDITABLE_DEMAND_STATUSES: readonly DemandStatus[] = ['pending', 'matched'];

/** Moving to these needs a reason (无法满足 must say why). */
export const REASON_REQUIRED: readonly DemandStatus[] = ['unsatisfiable'];

/**
 * A mainland phone number: a mobile (11 digits from 1[3-9]), or a landline with its area code
 * (0 + 2–3 digits, then 7–8 digits) and an optional extension; +86, spaces and hyphens allowed.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}(?:(?:转|ext|x|#)\d{1,6})?$/i;

export function normalisePhone(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\-()（）]/g, '')
    .replace(/^(?:\+?86)(?=1[3-9]\d{9}$|0)/, '');
}

export function isValidPhone(raw: string): boolean {
  const p = normalisePhone(raw);
  return MOBILE.test(p) || LANDLINE.test(p);
}

const text = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });
const requiredText = (max: number) => text(max).min(1, { message: 'validation.required' });
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined ? 'validation.required' : 'validation.enum') });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' });

export const demandFields = z.object({
  name: requiredText(100),
  /** 所需数据描述. */
  description: requiredText(1000),
  /** 所需信息项: names of the data items needed. */
  items: z.array(requiredText(100)).max(500, { message: 'validation.tooMany' }).default([]),
  /** 拟提供部门 and its 统一社会信用代码 (optional, checksum-validated). */
  providerName: optionalText(100),
  providerCode: optionalText(18),
  basisKind: oneOf(DEMAND_BASIS_KINDS),
  /** The law and article, the 三定 duty or the business matter, in words. */
  basisText: requiredText(500),
  /** 应用场景/用途. */
  scenario: requiredText(1000),
  shareMethod: oneOf(SHARE_METHOD_TYPES).optional(),
  /** 更新频率要求. */
  updateFrequency: oneOf(UPDATE_CYCLES).optional(),
  /** 数据范围: area (e.g. 全县) and time (e.g. 2020年至今). */
  areaScope: optionalText(200),
  timeScope: optionalText(200),
  /** 预计调用量, calls per day. */
  expectedVolume: z.number({ error: 'validation.invalid' }).int({ message: 'validation.invalid' }).min(0, { message: 'validation.invalid' }).optional(),
  contactName: requiredText(50),
  contactPhone: requiredText(40),
  /** 提出日期. */
  proposedOn: isoDate,
});
type DemandFields = z.output<typeof demandFields>;

export function demandRules(d: DemandFields, ctx: z.RefinementCtx): void {
  if (d.providerCode && checkUscc(d.providerCode)) ctx.addIssue({ code: 'custom', path: ['providerCode'], message: 'validation.uscc' });
  // An empty phone is already `required`; one message per field.
  if (d.contactPhone && !isValidPhone(d.contactPhone)) ctx.addIssue({ code: 'custom', path: ['contactPhone'], message: 'validation.contactPhone' });
  const seen = new Set<string>();
  d.items.forEach((item, i) => {
    if (seen.has(item)) ctx.addIssue({ code: 'custom', path: ['items', i], message: 'validation.duplicateItem' });
    seen.add(item);
  });
}

/** What the officer fills in; stored values are normalised (codes upper-case, phones compact). */
export const demandInputSchema = demandFields.superRefine(demandRules).transform((d) => ({
  ...d,
  providerCode: d.providerCode ? normaliseCode(d.providerCode) : undefined,
  contactPhone: normalisePhone(d.contactPhone),
}));
export type DemandInput = z.input<typeof demandInputSchema>;
export type DemandValues = z.output<typeof demandInputSchema>;

export const demandSchema = demandFields.extend({
  id: z.string(),
  /** 需求编号, e.g. XQ-2026-0001: per workspace, in order of creation. */
  number: z.string(),
  /** The requesting department: the workspace's. */
  departmentName: z.string(),
  departmentCode: z.string(),
  providerCode: z.string().optional(),
  status: z.enum(DEMAND_STATUSES),
  /** Why it cannot be satisfied, or a note on the last status change. */
  statusReason: z.string().optional(),
  /** The accepted match: the shared entry's id (for a share request) and its resource code. */
  matchedEntryId: z.string().optional(),
  matchedCode: z.string().optional(),
  matchedName: z.string().optional(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Demand = z.output<typeof demandSchema>;

/** 需求编号: a prefix, the year and a per-workspace serial. */
export function demandNumber(year: number, serial: number): string {
  return `XQ-${year}-${String(serial).padStart(4, '0')}`;
}
