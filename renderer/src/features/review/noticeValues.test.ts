import { expect, it } from 'vitest';
import { conclusionIssues, EMPTY_CONCLUSION, EMPTY_NOTICE, noticeIssues, toNoticeInput } from './noticeValues';

it('a notice needs its resource, kind and evidence; the due date is optional and said as a date when malformed', () => {
  expect(Object.fromEntries(noticeIssues(EMPTY_NOTICE).map((i) => [i.path, i.code]))).toEqual({ entryId: 'validation.required', kind: 'validation.required', evidence: 'validation.required' });
  const ok = { entryId: 'e1', kind: 'availability' as const, evidence: ' 接口中断 2 小时 ', dueDate: '' };
  expect(noticeIssues(ok)).toEqual([]);
  expect(toNoticeInput(ok)).toEqual({ entryId: 'e1', kind: 'availability', evidence: '接口中断 2 小时' });
  expect(noticeIssues({ ...ok, dueDate: '2026-02-30' })).toEqual([{ path: 'dueDate', code: 'validation.date' }]);
});

it('accepting needs only the choice; reopening says what is still wrong', () => {
  expect(conclusionIssues(EMPTY_CONCLUSION)).toEqual([{ path: 'result', code: 'validation.required' }]);
  expect(conclusionIssues({ result: 'accepted', note: '' })).toEqual([]);
  expect(conclusionIssues({ result: 'reopened', note: '  ' })).toEqual([{ path: 'note', code: 'validation.required' }]);
});
