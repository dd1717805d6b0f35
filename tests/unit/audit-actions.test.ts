import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_EVENT_TYPES } from '../../shared/domain/request-states';
import { auditActionLabel, auditEntityLabel, auditSummaryText } from '../../shared/i18n/audit-action';
import { LOCALES, MESSAGES } from '../../shared/i18n/messages';

/** Every entity kind the core names in a constant (`REQUEST_ENTITY = 'share_request'`, `ENTRY = …`). */
function entityKinds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return entityKinds(p);
    if (!/\.ts$/.test(d.name) || /\.test\.ts$/.test(d.name)) return [];
    return [...readFileSync(p, 'utf8').matchAll(/\b[A-Z_]*(?:ENTITY|ENTRY)\s*=\s*'([a-z_]+)'/g)].map((m) => m[1]!);
  });
}

/** Every literal action the core writes to the audit trail (`audit('x.y', …)`). */
function literalActions(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return literalActions(p);
    if (!/\.ts$/.test(d.name) || /\.test\.ts$/.test(d.name)) return [];
    return [...readFileSync(p, 'utf8').matchAll(/audit\(\s*'([a-zA-Z.]+)'/g)].map((m) => m[1]!);
  });
}

/** Source text without its `${…}` expressions (nested ones included): what a template literal says in words. */
function withoutExpressions(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      for (i++; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
    } else out += text[i];
  }
  return out;
}

/** Each `audit(…)` call of the core whose summary has English words in a literal (two words or more), as `file: line`. */
function proseSummaries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return proseSummaries(p);
    if (!/\.ts$/.test(d.name) || /\.test\.ts$/.test(d.name)) return [];
    return readFileSync(p, 'utf8')
      .split('\n')
      .filter((line) => /\baudit\(/.test(line))
      .filter((line) => [...withoutExpressions(line.slice(line.search(/\baudit\(/))).matchAll(/`([^`]*)`|'([^']*)'/g)].some((m) => /[A-Za-z]{2,} [A-Za-z]{2,}/.test(m[1] ?? m[2] ?? '')))
      .map((line) => `${p.slice(p.indexOf('electron/core/'))}: ${line.trim()}`);
  });
}

describe('audit summaries in the officer’s words', () => {
  it('are written as audit.summary keys (auditSummary), not as English text', () => {
    const prose = proseSummaries(join(import.meta.dirname, '../../electron/core'));
    expect(prose).toEqual([]);
  });

  it('name only summaries that have words in both languages', () => {
    const used = readdirSync(join(import.meta.dirname, '../../electron/core'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.ts$/.test(d.name) && !/\.test\.ts$/.test(d.name))
      .flatMap((d) => [...readFileSync(join(d.parentPath, d.name), 'utf8').matchAll(/auditSummary\(\s*'(\w+)'/g)].map((m) => m[1]!));
    expect(new Set(used).size).toBeGreaterThanOrEqual(10);
    for (const locale of LOCALES) {
      const words = (MESSAGES[locale] as { audit: { summary: Record<string, string> } }).audit.summary;
      for (const name of used) expect(words[name], `${locale} ${name}`).toBeTypeOf('string');
    }
    expect(auditSummaryText('\u001enoticeAnswered\u001f{"name":"甲"}', 'zh-CN')).toBe('已反馈 甲 的通报整改');
  });
});

describe('audit actions in the officer’s words', () => {
  const actions = [...new Set(literalActions(join(import.meta.dirname, '../../electron/core')))];

  it('names every action the core writes, and every request step, in both languages', () => {
    expect(actions.length).toBeGreaterThan(30);
    for (const locale of LOCALES) {
      for (const a of [...actions, ...REQUEST_EVENT_TYPES.map((e) => `requests.${e}`)]) {
        const label = auditActionLabel(a, locale);
        expect(label, `${locale} ${a}`).not.toMatch(/[a-z]\.[a-z]|\{\{/);
      }
    }
  });

  it('names every kind of entity the core records', () => {
    const kinds = [...new Set(entityKinds(join(import.meta.dirname, '../../electron/core')))];
    expect(kinds).toEqual(expect.arrayContaining(['catalogue_entry', 'share_request', 'objection', 'notice']));
    for (const locale of LOCALES) for (const k of kinds) expect(auditEntityLabel(k, locale), `${locale} ${k}`).not.toBe(k);
    expect(auditEntityLabel('share_request', 'zh-CN')).toBe('共享申请');
  });

  it('reads a few as an officer would', () => {
    expect(auditActionLabel('catalogue.create', 'zh-CN')).toBe('新建目录条目');
    expect(auditActionLabel('zeroUpdates.report', 'en')).toBe('Zero update reported');
    expect(auditActionLabel('requests.approve', 'zh-CN')).toBe('同意共享');
    expect(auditActionLabel('requests.platform.providerReview', 'zh-CN')).toBe('提供方审批中（平台）');
    expect(auditActionLabel('objections.answer', 'en')).toBe('Objection answered');
    expect(auditActionLabel('sync.conflict:keepMine', 'zh-CN')).toBe('处理同步冲突');
    // A code this build does not know is shown as stored, never dropped.
    expect(auditActionLabel('future.thing', 'en')).toBe('future.thing');
  });
});
