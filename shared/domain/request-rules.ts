/**
 * What the share request workflow needs from a jurisdiction profile beyond its deadlines
 * (shared/profiles/deadlines.ts): whether a conditional request carries the sealed demand form,
 * and the minimum length of a refusal's reason. Keyed by the same ProfileId.
 */
import type { ProfileId } from '../profiles/types';
import { REGULATIONS, cite, type RuleSource } from '../profiles/regulations';

export interface RequestRules {
  /** A conditional request needs the sealed 共享需求单 scan attached before it can be submitted. */
  sealedFormRequired: { value: boolean; source: RuleSource | null };
  /** A refusal must say why (every regulation); this many characters at least. */
  rejectReasonMinLength: number;
}

const NO_FORM = { value: false, source: null };

export const REQUEST_RULES: Record<ProfileId, RequestRules> = {
  national: { sealedFormRequired: NO_FORM, rejectReasonMinLength: 10 },
  gongshu: { sealedFormRequired: NO_FORM, rejectReasonMinLength: 10 },
  yichuan: {
    // 填写伊川县政务数据共享需求单，作为申请附件提交（需加盖部门公章）.
    sealedFormRequired: { value: true, source: cite(REGULATIONS.yichuan, '第二十九条（二）') },
    rejectReasonMinLength: 10,
  },
  lishui: { sealedFormRequired: NO_FORM, rejectReasonMinLength: 10 },
  yuhua: { sealedFormRequired: NO_FORM, rejectReasonMinLength: 10 },
  songjiang: { sealedFormRequired: NO_FORM, rejectReasonMinLength: 10 },
};

/** Largest attachment accepted (a scanned A4 form at 300 dpi is well under this). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
