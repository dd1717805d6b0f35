import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLICY_SETTINGS } from '@shared/ipc/channels/sync';
import { policyFileSchema } from './policy';

// docs/admin.md documents the policy file: its example must be a valid policy, and its table must
// name every key the schema accepts.
const doc = readFileSync(new URL('../../../docs/admin.md', import.meta.url), 'utf8');

describe('policy file in docs/admin.md', () => {
  it('has an example the schema accepts', () => {
    const example = /Example:\s*```json\n([\s\S]+?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const parsed = policyFileSchema.safeParse(JSON.parse(example as string));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('documents every key', () => {
    for (const key of Object.keys(policyFileSchema.shape)) expect(doc, key).toContain(`| \`${key}\` |`);
    const locked = /\| `lockedSettings` \| ([^|]+)\|/.exec(doc)?.[1] ?? '';
    for (const setting of POLICY_SETTINGS) expect(locked, setting).toContain(`\`${setting}\``);
  });
});
