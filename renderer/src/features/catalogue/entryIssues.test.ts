import { describe, expect, it } from 'vitest';
import { stripPrefix, toIssueMap } from '../../form/issues';
import { entryIssues } from './entryIssues';
import type { EntryFormValues } from './entryValues';

const valid: EntryFormValues = {
  name: '人口基础信息',
  provider: '伊川县数据局',
  summary: '姓名、身份证号',
  formatClass: 'database',
  formatType: 'KingbaseES',
  shareType: 'unconditional',
  openType: 'none',
  updateCycle: 'daily',
  items: [{ name: '姓名', type: 'C', length: '50' }],
};

describe('entry form issues', () => {
  it('finds nothing wrong with a valid entry', () => {
    expect(entryIssues(valid)).toEqual([]);
  });

  it('reports the field rules of the entry schema at the fields the form renders', () => {
    const map = toIssueMap(
      entryIssues({
        ...valid,
        name: '',
        formatType: 'xlsx',
        shareType: 'none',
        openType: undefined,
        items: [{ name: '姓名', type: 'C', length: 'abc' }],
      }),
    );
    expect(map.get('name')).toBe('validation.required');
    expect(map.get('formatType')).toBe('validation.formatTypeMismatch');
    expect(map.get('openType')).toBe('validation.required');
    expect(map.get('items.0.length')).toBe('validation.itemLength');
  });

  it('reports cross-field rules while other fields are still empty', () => {
    const map = toIssueMap(entryIssues({ name: '', shareType: 'conditional', formatClass: 'spreadsheet', formatType: 'KingbaseES' }));
    expect(map.get('name')).toBe('validation.required');
    expect(map.get('shareCondition')).toBe('validation.conditionRequired');
    expect(map.get('formatType')).toBe('validation.formatTypeMismatch');
  });

  it('says only "required" about the format while no format class is chosen', () => {
    const map = toIssueMap(entryIssues({ ...valid, formatClass: undefined, formatType: 'KingbaseES', shareMethodType: 'database' }));
    expect(map.get('formatClass')).toBe('validation.required');
    expect(map.has('formatType')).toBe(false);
    expect(map.has('shareMethodType')).toBe(false);
  });

  it('says only "required" about sharing while no share type is chosen: the condition field is not on screen yet', () => {
    const map = toIssueMap(entryIssues({ ...valid, shareType: undefined, shareCondition: undefined }));
    expect(map.get('shareType')).toBe('validation.required');
    expect(map.has('shareCondition')).toBe(false);
  });

  it('asks for the legal basis when an entry is not shared, the conditions when it is conditional', () => {
    const none = toIssueMap(entryIssues({ ...valid, shareType: 'none' }));
    expect(none.get('shareCondition')).toBe('validation.legalBasisRequired');
    const conditional = toIssueMap(entryIssues({ ...valid, shareType: 'conditional' }));
    expect(conditional.get('shareCondition')).toBe('validation.conditionRequired');
  });

  it('keeps the first issue of a field and maps core paths onto form paths', () => {
    const map = toIssueMap(
      stripPrefix(
        [
          { path: 'entry.items.1.name', code: 'validation.required' },
          { path: 'entry.items.1.name', code: 'validation.tooLong' },
          { path: 'revision', code: 'validation.invalid' },
        ],
        'entry',
      ),
    );
    expect([...map]).toEqual([
      ['items.1.name', 'validation.required'],
      ['revision', 'validation.invalid'],
    ]);
  });
});
