import { z } from 'zod';
import { SHARE_TYPES, UPDATE_CYCLES } from './enums';

/**
 * The responsibility list (责任清单, 《伊川县政务数据资源共享管理暂行办法》第十三条): one row per catalogue entry. Code,
 * name, responsible department and unit, update cycle and share type come from the entry; the
 * duties and people are kept beside it, keyed by the entry id. A row whose duties are missing is
 * shown with its gaps.
 */

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'validation.tooLong' })
    .optional()
    .transform((v) => (v === '' ? undefined : v));

/** The editable duties of one entry. */
export const responsibilityDutiesSchema = z.object({
  /** 责任人 / 联系人 and their phone. */
  responsiblePerson: optionalText(50),
  contactPhone: optionalText(40),
  /** 法定职责依据. */
  legalBasis: optionalText(500),
  /** 采集/归集责任. */
  collectionDuty: optionalText(500),
  /** 更新周期承诺, e.g. 每月5日前更新上月数据. */
  updateCommitment: optionalText(200),
  /** 数据质量责任. */
  qualityDuty: optionalText(500),
  /** 校核（疑义处理）责任人. */
  objectionHandler: optionalText(50),
  /** 时限, e.g. 疑义 10 个工作日内校核. */
  timeLimit: optionalText(200),
});
export type ResponsibilityDuties = z.output<typeof responsibilityDutiesSchema>;
export type ResponsibilityDutiesInput = z.input<typeof responsibilityDutiesSchema>;

/** The duties a complete row names; the others are optional. */
export const REQUIRED_DUTIES = ['responsiblePerson', 'legalBasis', 'collectionDuty', 'updateCommitment', 'qualityDuty', 'objectionHandler'] as const;
export type RequiredDuty = (typeof REQUIRED_DUTIES)[number];

export function dutyGaps(duties: Partial<ResponsibilityDuties> | undefined): RequiredDuty[] {
  return REQUIRED_DUTIES.filter((k) => !duties?.[k]);
}

export const responsibilityRowSchema = responsibilityDutiesSchema.extend({
  entryId: z.string(),
  code: z.string(),
  name: z.string(),
  /** 数源(责任)部门 and 内设科室, from the entry. */
  department: z.string(),
  unit: z.string().optional(),
  updateCycle: z.enum(UPDATE_CYCLES),
  shareType: z.enum(SHARE_TYPES),
  /** Missing required duties; empty when the row is complete. */
  gaps: z.array(z.enum(REQUIRED_DUTIES)),
  /** 0 when no duties were ever saved; guards updates against a stale view. */
  revision: z.number().int(),
  updatedAt: z.string().optional(),
});
export type ResponsibilityRow = z.output<typeof responsibilityRowSchema>;
