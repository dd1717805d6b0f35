import { describe, expect, it } from 'vitest';
import { dataItemSchema } from '@shared/domain/entry';
import { OVERRIDE_LEAVES } from '../catalogue/sections/ItemOverrides';
import { RESOURCES } from '../../i18n/resources';
import { commentableFields, ITEM_ATTRIBUTES, ITEM_COLUMNS, ITEM_LEAVES, topField } from './fieldPaths';

describe('commentableFields', () => {
  it('lists the top-level fields, then every leaf of each data item with the form paths', () => {
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
    expect(fields.slice(3, 7)).toEqual(['items.0.name', 'items.0.nameEn', 'items.0.type', 'items.0.length']);
    expect(fields).toEqual(expect.arrayContaining(['items.0.shareType', 'items.0.shareCondition', 'items.0.openType', 'items.0.openCondition', 'items.0.sensitive', 'items.0.desensitisation', 'items.0.isKey']));
    expect(fields.slice(3 + ITEM_LEAVES.length)).toEqual(ITEM_LEAVES.map((l) => `items.1.${l}`));
  });

  it('works for an entry without items', () => {
    expect(commentableFields({ name: 'x' } as never)).toEqual(['name']);
  });
});

describe('data item leaves', () => {
  // A comment shows at the officer's field after a return: each leaf must be a field of the form (columns, then ItemOverrides).
  it('are every attribute of the data item schema, each a field of the officer form', () => {
    expect([...ITEM_LEAVES].sort()).toEqual(Object.keys(dataItemSchema.shape).sort());
    expect(ITEM_LEAVES).toEqual([...ITEM_COLUMNS, ...OVERRIDE_LEAVES]);
    expect(ITEM_ATTRIBUTES).toEqual([...OVERRIDE_LEAVES]);
  });

  // The composer (useFieldLabel) reads catalogue `items.<leaf>`, then quality `itemField.<leaf>`: the labels of the items table and of ItemOverrides.
  it('have the labels the officer form uses, in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const columns = RESOURCES[locale].catalogue.items as Record<string, string>;
      const attributes = RESOURCES[locale].quality.itemField as Record<string, string>;
      for (const leaf of ITEM_COLUMNS) expect(columns[leaf], `${locale} ${leaf}`).toBeTruthy();
      for (const leaf of ITEM_ATTRIBUTES) {
        expect(attributes[leaf], `${locale} ${leaf}`).toBeTruthy();
        expect(columns[leaf], `${locale} ${leaf} is not shadowed`).toBeUndefined();
      }
    }
  });
});

describe('topField', () => {
  it('gives the top-level key of a dotted path', () => {
    expect(topField('items.2.length')).toBe('items');
    expect(topField('summary')).toBe('summary');
  });
});
