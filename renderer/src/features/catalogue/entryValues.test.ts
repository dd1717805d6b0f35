import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/domain/entry';
import { dependentResets, entryToValues, newEntryValues } from './entryValues';

describe('entry form values', () => {
  it('starts a new entry with the workspace department as provider', () => {
    const v = newEntryValues({ departmentName: '伊川县数据局', departmentCode: '12320100671322000Q' });
    expect(v).toMatchObject({ provider: '伊川县数据局', providerCode: '12320100671322000Q', items: [] });
  });

  it('keeps every field of a saved entry except its bookkeeping, so unrendered fields survive an edit', () => {
    const entry = {
      id: 'e1',
      state: 'draft',
      revision: 3,
      createdAt: 'a',
      updatedAt: 'b',
      code: 'X/000001',
      name: 'n',
      futureField: 'kept',
    } as unknown as Entry;
    const v = entryToValues(entry) as Record<string, unknown>;
    expect(v).toEqual({ code: 'X/000001', name: 'n', futureField: 'kept' });
  });

  it('clears a format type the new format class does not offer, and keeps one it does', () => {
    expect(dependentResets({ formatClass: 'spreadsheet' }, { formatClass: 'spreadsheet', formatType: 'KingbaseES' })).toEqual({
      formatType: undefined,
    });
    expect(dependentResets({ formatClass: 'document' }, { formatClass: 'document', formatType: 'pdf' })).toEqual({});
  });

  it('drops conditions that no longer apply', () => {
    expect(dependentResets({ shareType: 'unconditional' }, { shareType: 'unconditional', shareCondition: 'x' })).toEqual({
      shareCondition: undefined,
    });
    expect(dependentResets({ shareType: 'none' }, { shareType: 'none', shareCondition: 'x' })).toEqual({});
    expect(dependentResets({ openType: 'none' }, { openType: 'none', openCondition: 'x' })).toEqual({ openCondition: undefined });
  });
});
