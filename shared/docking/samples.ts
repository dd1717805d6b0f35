import { checkResidentId } from '../ids/uscc';
import { isResidentIdItem } from '../quality/sensitive';
import type { DockedItem, DockingProblem } from './types';

/**
 * Sample values a table structure carries (a dump's `INSERT … VALUES`, a 示例值 column): a resident
 * identity number must pass its GB 11643 check (《伊川县政务数据资源共享管理暂行办法》第十六条
 * makes it the identifier of data about persons). Values are only checked, never kept.
 */
export function checkSampleValue(item: DockedItem, value: string, line: number, problems: DockingProblem[]): void {
  const v = value.trim();
  if (!v || !isResidentIdItem(item)) return;
  const problem = checkResidentId(v);
  if (!problem) return;
  problems.push({
    line,
    code: problem === 'checksum' ? 'idNumberChecksum' : 'idNumberInvalid',
    text: v.slice(0, 200),
    params: { column: item.nameEn, value: v.slice(0, 40) },
  });
}
