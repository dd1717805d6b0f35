import { describe, expect, it } from 'vitest';
import { decisionIssues, newDecisionValues, reasonMinLength, toDecisionInput } from './decisionValues';

const min = reasonMinLength('yichuan');
const issues = decisionIssues(min);
const reject = (reason: string) => ({ ...newDecisionValues(undefined), decision: 'reject' as const, reason });

describe('decision form', () => {
  it('a refusal needs a reason of the profile minimum, counted after trimming', () => {
    expect(min).toBe(10);
    expect(issues(reject(''))).toEqual([expect.objectContaining({ path: 'reason', code: 'validation.requestReasonRequired' })]);
    expect(issues(reject('   '))).toEqual([expect.objectContaining({ path: 'reason', code: 'validation.requestReasonRequired' })]);
    expect(issues(reject('太短的理由'))).toEqual([expect.objectContaining({ path: 'reason', code: 'validation.requestReasonTooShort' })]);
    expect(issues(reject(`  ${'理'.repeat(min - 1)}  `))).toEqual([expect.objectContaining({ code: 'validation.requestReasonTooShort' })]);
    expect(issues(reject('理'.repeat(min)))).toEqual([]);
  });

  it('no decision is preselected: the form asks for one before anything else', () => {
    expect(newDecisionValues('2026-12-31').decision).toBeUndefined();
    expect(issues(newDecisionValues('2026-12-31'))).toEqual([{ path: 'decision', code: 'validation.decisionRequired' }]);
  });

  it('an approval needs no reason; its period must be a real day', () => {
    const approve = { ...newDecisionValues('2026-12-31'), decision: 'approve' as const };
    expect(issues(approve)).toEqual([]);
    expect(issues({ ...approve, validUntil: '2026-02-30' })).toEqual([expect.objectContaining({ path: 'validUntil', code: 'validation.requestInvalidDate' })]);
  });

  it('sends only the chosen decision’s fields, blanks left out', () => {
    const v = { decision: 'approve' as const, reason: 'ignored', conditions: ' 仅限低保审核 ', desensitisation: '', validUntil: '2026-12-31' };
    expect(toDecisionInput('r1', v)).toEqual({ id: 'r1', decision: 'approve', conditions: '仅限低保审核', validUntil: '2026-12-31' });
    expect(toDecisionInput('r1', { ...v, decision: 'reject', reason: ' 用途不明确，请补充业务场景 ' })).toEqual({ id: 'r1', decision: 'reject', reason: '用途不明确，请补充业务场景' });
  });
});
