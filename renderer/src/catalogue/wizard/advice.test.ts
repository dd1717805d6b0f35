import { describe, expect, it } from 'vitest';
import { itemAdvice } from './advice';

const issue = (code: string, path: string) => ({ code, path, severity: 'warning' as const, message: code });

describe('itemAdvice', () => {
  it('groups item findings by item, in item order, and marks the sensitive ones', () => {
    const rows = itemAdvice([
      issue('alreadyProvided', 'items.4.name'),
      issue('sensitiveItem', 'items.1.sensitive'),
      issue('desensitisationMissing', 'items.1.desensitisation'),
      issue('summaryShort', 'summary'),
      issue('duplicateItem', 'items.2.name'),
    ]);
    expect(rows.map((r) => [r.index, r.issues.length, r.sensitive])).toEqual([
      [1, 2, true],
      [4, 1, false],
    ]);
  });
});
