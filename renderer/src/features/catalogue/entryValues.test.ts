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

  it('clears the fields of the kind left behind when the resource kind changes, and keeps the new kind’s', () => {
    const app = { kind: 'application' as const, appUrl: 'https://a.gov.cn', onGovCloud: false, protectionLevel: 'level3' as const, appUsers: '全区' };
    expect(dependentResets({ kind: 'data' }, { ...app, kind: 'data' })).toEqual({ appUrl: undefined, onGovCloud: undefined, protectionLevel: undefined, appUsers: undefined });
    // 等保级别 belongs to a security system too: it stays.
    expect(dependentResets({ kind: 'security' }, { ...app, kind: 'security' })).toEqual({ appUrl: undefined, onGovCloud: undefined, appUsers: undefined });
    expect(dependentResets({ name: 'x' }, app)).toEqual({});
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
