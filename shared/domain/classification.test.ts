import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_TREES, checkClassification, classificationCode, classificationPath, parseClassificationCode } from './classification';

describe('classification trees', () => {
  it('holds the 1272 basic, thematic and departmental classes of the 1272 guideline', () => {
    const t = CLASSIFICATION_TREES.national1272;
    const labels = (code: string) => t.categories.find((c) => c.code === code)?.children?.map((c) => c.label['zh-CN']);
    expect(labels('1')).toEqual(['人口', '法人单位', '自然资源和空间地理', '社会信用', '电子证照']);
    expect(labels('2')).toHaveLength(12);
    expect(labels('3')).toContain('国务院');
  });

  it('separates Songjiang base resources from sector resources', () => {
    const t = CLASSIFICATION_TREES.songjiang;
    expect(t.categories.map((c) => c.label['zh-CN'])).toEqual(['基础资源类', '行业专题资源类']);
    expect(t.categories[0]?.children?.map((c) => c.label['zh-CN'])).toEqual(['人口', '法人', '房屋', '空间地理']);
  });

  it('has distinct codes and both languages on every node', () => {
    for (const tree of Object.values(CLASSIFICATION_TREES)) {
      const walk = (nodes: readonly { code: string; label: { 'zh-CN': string; en: string }; children?: readonly unknown[] }[]) => {
        expect(new Set(nodes.map((n) => n.code)).size).toBe(nodes.length);
        for (const n of nodes) {
          expect(n.label['zh-CN'] && n.label.en).toBeTruthy();
          if (n.children) walk(n.children as typeof nodes);
        }
      };
      walk(tree.categories);
    }
  });

  it('checks positions against the tree', () => {
    expect(checkClassification({ scheme: 'national1272', category: '1', item: '01', section: '001' })).toEqual([]);
    expect(checkClassification({ scheme: 'national1272', category: '1', item: '09' })).toEqual([{ path: 'item', code: 'catalogue.validation.classUnknown' }]);
    expect(checkClassification({ scheme: 'national1272', category: '7' })).toEqual([{ path: 'category', code: 'catalogue.validation.classUnknown' }]);
    // Sector 项 are the department's own in Songjiang: any two digits.
    expect(checkClassification({ scheme: 'songjiang', category: '2', item: '37' })).toEqual([]);
    expect(checkClassification({ scheme: 'national1272', category: '1', section: '001' })).toEqual([{ path: 'section', code: 'catalogue.validation.classDigits' }]);
  });

  it('renders and parses the classification code', () => {
    const c = { scheme: 'national1272' as const, category: '2', item: '03', section: '015', detail: '07' };
    expect(classificationCode(c)).toBe('20301507');
    expect(parseClassificationCode('national1272', '20301507')).toEqual(c);
    expect(parseClassificationCode('national1272', '203')).toEqual({ scheme: 'national1272', category: '2', item: '03' });
    expect(parseClassificationCode('national1272', '2031')).toBeUndefined();
    expect(parseClassificationCode('gbt21063', '1402')).toEqual({ scheme: 'gbt21063', category: '14', item: '02' });
    expect(classificationPath(c).map((l) => l['zh-CN'])).toEqual(['主题信息资源', '社会保障']);
  });
});
