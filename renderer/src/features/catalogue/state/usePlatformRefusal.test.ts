import { describe, expect, it } from 'vitest';
import { refusalOf } from './usePlatformRefusal';

const answer = (entityId: string, answeredAt: string, kind = 'catalogue.submit') => ({
  opId: `${entityId}-${answeredAt}`,
  kind,
  entityType: 'catalogue_entry',
  entityId,
  status: 'rejected' as const,
  code: 'DUPLICATE_NAME',
  reason: '名称重复',
  answeredAt,
});

describe('refusalOf', () => {
  const answers = [answer('e1', '2026-11-22T10:00:00.000Z'), answer('e1', '2026-11-21T10:00:00.000Z'), answer('e2', '2026-11-22T09:00:00.000Z', 'request.create')];

  it('gives the newest refused submission of the entry', () => {
    expect(refusalOf(answers, 'e1', undefined)?.answeredAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('gives nothing when a review came after the refusal (the reviewer returned it)', () => {
    expect(refusalOf(answers, 'e1', '2026-11-22T11:00:00.000Z')).toBeUndefined();
    expect(refusalOf(answers, 'e1', '2026-11-22T09:00:00.000Z')?.code).toBe('DUPLICATE_NAME');
  });

  it('ignores other entries and other operation kinds', () => {
    expect(refusalOf(answers, 'e2', undefined)).toBeUndefined();
    expect(refusalOf(answers, 'e3', undefined)).toBeUndefined();
  });
});
