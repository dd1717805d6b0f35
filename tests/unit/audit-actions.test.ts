import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_EVENT_TYPES } from '../../shared/domain/request-states';
import { auditActionLabel, auditEntityLabel } from '../../shared/i18n/audit-action';
import { LOCALES } from '../../shared/i18n/messages';

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
