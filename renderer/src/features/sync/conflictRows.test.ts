import { describe, expect, it } from 'vitest';
import { conflictRows, conflictTitle, displayValue, payloadFields } from './conflictRows';

const conflict = {
  entityId: 'e1',
  mine: { code: 'C-1', entry: { name: '企业登记信息', summary: '我的摘要', updateCycle: 'daily' } },
  theirs: { revision: 2, state: 'submitted', value: { code: 'C-1', entry: { name: '企业登记信息（全县）', summary: '平台摘要', updateCycle: 'daily' } } },
  fields: ['name', 'summary'],
};

describe('conflictRows', () => {
  it('flattens a submission into its entry fields and code', () => {
    expect(payloadFields(conflict.mine)).toEqual({ code: 'C-1', name: '企业登记信息', summary: '我的摘要', updateCycle: 'daily' });
    expect(payloadFields({ reason: 'x' })).toEqual({ reason: 'x' });
    expect(payloadFields('garbage')).toEqual({});
  });

  it('puts the differing fields first, marked, and keeps the equal ones for context', () => {
    expect(conflictRows(conflict)).toEqual([
      { field: 'name', mine: '企业登记信息', theirs: '企业登记信息（全县）', differs: true },
      { field: 'summary', mine: '我的摘要', theirs: '平台摘要', differs: true },
      { field: 'code', mine: 'C-1', theirs: 'C-1', differs: false },
      { field: 'updateCycle', mine: 'daily', theirs: 'daily', differs: false },
    ]);
  });

  it('shows a field only one side has, with the other side empty', () => {
    const rows = conflictRows({ ...conflict, mine: { entry: { legalBasis: '《条例》' } }, theirs: { ...conflict.theirs, value: { entry: {} } }, fields: ['legalBasis'] });
    expect(rows).toEqual([{ field: 'legalBasis', mine: '《条例》', theirs: undefined, differs: true }]);
  });

  it('names the entity by its entry name, else by its id', () => {
    expect(conflictTitle(conflict)).toBe('企业登记信息');
    expect(conflictTitle({ ...conflict, mine: {}, theirs: { ...conflict.theirs, value: {} } })).toBe('e1');
  });

  it('shows data items by name', () => {
    expect(displayValue([{ name: '单位名称', type: 'C' }, { name: '统一社会信用代码' }], '、')).toBe('单位名称、统一社会信用代码');
    expect(displayValue(undefined, '、')).toBe('—');
    expect(displayValue({ scheme: 'national1272', category: '1' }, '、')).toBe('national1272 / 1');
  });
});
