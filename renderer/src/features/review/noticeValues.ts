import { noticeChannels } from '@shared/ipc/channels/notices';
import type { NoticeKind } from '@shared/protocol/evaluation';
import { schemaIssues, type FieldIssue } from '../../form/issues';

export interface NoticeFormValues {
  entryId?: string;
  kind?: NoticeKind;
  evidence: string;
  /** `YYYY-MM-DD`, or empty for the profile's rectification period. */
  dueDate: string;
}

export const EMPTY_NOTICE: NoticeFormValues = { evidence: '', dueDate: '' };

export function toNoticeInput(v: NoticeFormValues) {
  return { entryId: v.entryId as string, kind: v.kind as NoticeKind, evidence: (v.evidence ?? '').trim(), ...(v.dueDate ? { dueDate: v.dueDate } : {}) };
}

/** By the rule the core applies (`notices.issue`): a choice not made says 必填, a malformed due date says so. */
export function noticeIssues(v: NoticeFormValues): FieldIssue[] {
  return schemaIssues(noticeChannels['notices.issue'].input, toNoticeInput(v)).map((i) =>
    i.path === 'dueDate' ? { ...i, code: 'validation.date' } : i.path === 'kind' && !v.kind ? { ...i, code: 'validation.required' } : i,
  );
}

export interface ConclusionValues {
  result?: 'accepted' | 'reopened';
  note: string;
}

export const EMPTY_CONCLUSION: ConclusionValues = { note: '' };

/** A choice is required; reopening says what is still wrong, so the department knows what to rectify. */
export function conclusionIssues(v: ConclusionValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!v.result) issues.push({ path: 'result', code: 'validation.required' });
  if (v.result === 'reopened' && !(v.note ?? '').trim()) issues.push({ path: 'note', code: 'validation.required' });
  if ((v.note ?? '').trim().length > 2000) issues.push({ path: 'note', code: 'validation.tooLong' });
  return issues;
}
