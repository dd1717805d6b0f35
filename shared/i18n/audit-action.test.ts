import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { auditSummary, auditSummaryText } from './audit-action';

describe('audit summaries in words', () => {
  it('are stored as a key with values and said in the reader’s language', () => {
    const stored = auditSummary('changeDetected', { name: '户籍人口信息' });
    expect(stored).not.toContain('table structures');
    // The name stays searchable in the stored text (the trail's entity filter is a LIKE on it).
    expect(stored).toContain('户籍人口信息');
    expect(auditSummaryText(stored, 'zh-CN')).toBe('户籍人口信息：系统表结构与已编目的数据项不一致');
    expect(auditSummaryText(stored, 'en')).toBe('户籍人口信息: table structures differ from the catalogued items');
    expect(auditSummaryText(auditSummary('renewsWithReason', { name: '不动产登记', id: 'r-1', reason: '项目延期' }), 'en')).toBe('不动产登记: renews r-1 (项目延期)');
    expect(auditSummaryText(auditSummary('maintenance', { year: 2026 }), 'zh-CN')).toBe('2026 年全面维护');
    // The sync engine's steps: a pull that a full resync trimmed, a sign-in with its platform.
    expect(auditSummaryText(auditSummary('pulledWithRemoved', { count: 5000, removed: 12 }), 'zh-CN')).toBe('接收 5000 条变更，全量重新同步移除 12 条');
    expect(auditSummaryText(auditSummary('signedIn', { user: 'zhang', role: 'officer', url: 'https://p.example' }), 'en')).toBe('zhang (officer) signed in at https://p.example');
  });

  it('keep values with quotes, braces and backslashes as typed', () => {
    const name = '名称 "甲" {{year}} \\ 乙';
    expect(auditSummaryText(auditSummary('noticeAnswered', { name }), 'en')).toBe(`Notice on ${name} answered`);
  });

  it('leave a plain summary as stored, and show a damaged or unknown one without its marks', () => {
    expect(auditSummaryText('人口基础信息 (r2)', 'en')).toBe('人口基础信息 (r2)');
    expect(auditSummaryText('\u001echangeDetected\u001f{not json', 'zh-CN')).toBe('changeDetected {not json');
    expect(auditSummaryText('\u001enoSuchSummary\u001f{"name":"甲"}', 'zh-CN')).toBe('noSuchSummary 甲');
    expect(auditSummaryText('\u001echangeDetected\u001f[1]', 'en')).toBe('changeDetected [1]');
  });

  it('have words in both languages for every summary, with the same values', () => {
    const zh = (MESSAGES['zh-CN'] as { audit: { summary: Record<string, string> } }).audit.summary;
    const en = (MESSAGES.en as { audit: { summary: Record<string, string> } }).audit.summary;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const values = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(zh)) expect(values(zh[k]!), k).toEqual(values(en[k]!));
  });
});
