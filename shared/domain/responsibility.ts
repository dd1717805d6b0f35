import { z } from 'zod';
import { SHARE_TYPES, UPDATE_CYCLES } from './enums';

/**
 * The responsibility list (责任清单, 《伊川县政务数据资源共享管理暂行办法》第十三条): one row per catalogue entry. Code,
 * name, responsible department and unit, update cycle and share type come from the entry; the
 * responsibility (people, legal basis, collection, updates, quality, objections) is kept beside it,
 * keyed by the entry id. A row whose responsibility is incomplete is shown with its gaps.
 */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .optional()
    .transform((v) => (v === '' ? undefined : v));

/** The responsibility the officer records for one entry. */
export const responsibilitySchema = z.object({
  /** 责任人 / 联系人 and their phone. */
  responsiblePerson: optionalText(50),
  contactPhone: optionalText(40),
  /** 法定职责依据. */
  legalBasis: optionalText(500),
  /** 采集/归集责任. */
  collectionResponsibility: optionalText(500),
  /** 更新周期承诺, e.g. 每月5日前更新上月数据. */
  updateCommitment: optionalText(200),
  /** 数据质量责任. */
  qualityResponsibility: optionalText(500),
  /** 校核（疑义处理）责任人. */
  objectionHandler: optionalText(50),
  /** 时限, e.g. 疑义 10 个工作日内校核. */
  timeLimit: optionalText(200),
});
export type Responsibility = z.output<typeof responsibilitySchema>;
export const RESPONSIBILITY_FIELDS = Object.keys(responsibilitySchema.shape) as (keyof Responsibility)[];
export type ResponsibilityInput = z.input<typeof responsibilitySchema>;

/** The fields a complete responsibility names; the others are optional. */
export const REQUIRED_RESPONSIBILITY_FIELDS = ['responsiblePerson', 'legalBasis', 'collectionResponsibility', 'updateCommitment', 'qualityResponsibility', 'objectionHandler'] as const;
export type RequiredResponsibilityField = (typeof REQUIRED_RESPONSIBILITY_FIELDS)[number];

export function responsibilityGaps(r: Partial<Responsibility> | undefined): RequiredResponsibilityField[] {
  return REQUIRED_RESPONSIBILITY_FIELDS.filter((k) => !r?.[k]);
}

export const responsibilityRowSchema = responsibilitySchema.extend({
  entryId: z.string(),
  code: z.string(),
  name: z.string(),
  /** 数源(责任)部门 and 内设科室, from the entry. */
  department: z.string(),
  unit: z.string().optional(),
  updateCycle: z.enum(UPDATE_CYCLES),
  shareType: z.enum(SHARE_TYPES),
  /** Missing required fields; empty when the row is complete. */
  gaps: z.array(z.enum(REQUIRED_RESPONSIBILITY_FIELDS)),
  /** 0 when no responsibility was ever saved; guards updates against a stale view. */
  revision: z.number().int(),
  updatedAt: z.string().optional(),
});
export type ResponsibilityRow = z.output<typeof responsibilityRowSchema>;
