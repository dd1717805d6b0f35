import { describe, expect, it } from 'vitest';
import { changeSchema, departmentCodeSchema, endpointPath, OPERATIONS, operationSchema, pullQuerySchema } from './index';

describe('operation kind registry', () => {
  it('requires a reason for a refusal, not for an approval', () => {
    expect(OPERATIONS['request.decide'].safeParse({ decision: 'approve' }).success).toBe(true);
    const r = OPERATIONS['request.decide'].safeParse({ decision: 'reject', reason: '  ' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reason', 'protocol.validation.reasonRequired']]);
  });

  it('refuses unknown payload fields and malformed periods', () => {
    expect(OPERATIONS['catalogue.retire'].safeParse({ reason: 'x', extra: 1 }).success).toBe(false);
    for (const period of ['2026', '2026-H2', '2026-Q3', '2026-11', '2026-11-22']) {
      expect(OPERATIONS['zeroUpdate.report'].safeParse({ entryId: 'e1', period }).success, period).toBe(true);
    }
    for (const period of ['26', '2026-Q5', '2026/11', '2026-11-22T00:00']) {
      expect(OPERATIONS['zeroUpdate.report'].safeParse({ entryId: 'e1', period }).success, period).toBe(false);
    }
  });

  it('checks each variant of the envelope against its own kind', () => {
    const base = { opId: 'op-1', entityId: 'e1', baseRevision: 0 };
    expect(operationSchema.safeParse({ ...base, kind: 'request.cancel', payload: {} }).success).toBe(true);
    expect(operationSchema.safeParse({ ...base, kind: 'request.cancel', payload: { decision: 'approve' } }).success).toBe(false);
    expect(operationSchema.safeParse({ ...base, kind: 'no.such', payload: {} }).success).toBe(false);
    expect(operationSchema.safeParse({ ...base, kind: 'request.cancel', payload: {}, baseRevision: -1 }).success).toBe(false);
  });
});

describe('wire schemas', () => {
  it('tells change kinds apart and refuses unknown ones', () => {
    expect(changeSchema.safeParse({ kind: 'sharedEntry.remove', entryId: 'e1', revision: 2 }).success).toBe(true);
    expect(changeSchema.safeParse({ kind: 'sharedEntry.remove', entryId: 'e1' }).success).toBe(false);
    expect(changeSchema.safeParse({ kind: 'sharedEntry.vanish', entryId: 'e1', revision: 2 }).success).toBe(false);
  });

  it('checks the 统一社会信用代码 checksum of departments', () => {
    expect(departmentCodeSchema.safeParse('91350100M000100Y43').success).toBe(true);
    expect(departmentCodeSchema.safeParse('91350100M000100Y44').success).toBe(false);
  });

  it('parses pull queries from their string form', () => {
    expect(pullQuerySchema.parse({})).toEqual({ cursor: '0' });
    expect(pullQuerySchema.parse({ cursor: '42', limit: '5000' })).toEqual({ cursor: '42', limit: 5000 });
    expect(pullQuerySchema.safeParse({ limit: '5001' }).success).toBe(false);
  });

  it('builds endpoint paths under /api/v1 with escaped parameters', () => {
    expect(endpointPath('approveEntry', { id: 'a/b' })).toBe('/api/v1/review/entries/a%2Fb/approve');
    expect(endpointPath('pull')).toBe('/api/v1/sync/pull');
  });
});
