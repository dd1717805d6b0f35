import { describe, expect, it } from 'vitest';
import { commentableFields, topField } from './fieldPaths';

describe('commentableFields', () => {
  it('lists the top-level fields, then each data item column with the form paths', () => {
    const fields = commentableFields({
      name: '企业登记信息',
      summary: '全县企业',
      dataGrade: 'core',
      items: [
        { name: '单位名称', type: 'C', length: '100' },
        { name: '统一社会信用代码', type: 'C', length: '18' },
      ],
    } as never);
    expect(fields.slice(0, 3)).toEqual(['name', 'summary', 'dataGrade']);
    expect(fields).not.toContain('items');
    expect(fields.slice(3)).toEqual(['items.0.name', 'items.0.nameEn', 'items.0.type', 'items.0.length', 'items.1.name', 'items.1.nameEn', 'items.1.type', 'items.1.length']);
  });

  it('works for an entry without items', () => {
    expect(commentableFields({ name: 'x' } as never)).toEqual(['name']);
  });
});

describe('topField', () => {
  it('gives the top-level key of a dotted path', () => {
    expect(topField('items.2.length')).toBe('items');
    expect(topField('summary')).toBe('summary');
  });
});
