import { describe, expect, it } from 'vitest';
import { adviceDraft, itemAdvice } from './advice';

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

describe('adviceDraft', () => {
  it('fills the fields of later steps and keeps items at their positions', async () => {
    const { entryInputSchema } = await import('@shared/domain/entry');
    const draft = adviceDraft({ name: '户籍人员', formatClass: 'database', formatType: 'KingbaseES', items: [{ name: '', type: 'C' }, { name: '公民身份号码', type: 'C', length: '18位' }, undefined] });
    expect(entryInputSchema.safeParse(draft).success).toBe(true);
    const items = draft.items as { name: string }[];
    expect(items.map((i) => i.name)).toEqual(['-', '公民身份号码', '-']);
    expect(draft.name).toBe('户籍人员');
    expect(draft.shareType).toBe('conditional');
  });
});
