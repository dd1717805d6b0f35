import { describe, expect, it } from 'vitest';
import { chinaToday, demandIssues, newDemandValues, toDemandInput } from './demandValues';

describe('demand form values', () => {
  it('starts with the required fields flagged and today as the proposed date', () => {
    const v = newDemandValues('2026-03-02');
    expect(demandIssues(v).map((i) => i.path).sort()).toEqual(['basisText', 'contactName', 'contactPhone', 'description', 'name', 'scenario']);
  });

  it('drops a cleared number and checks the phone as the core does', () => {
    const v = { ...newDemandValues('2026-03-02'), name: 'a', description: 'b', basisText: 'c', scenario: 'd', contactName: 'e', contactPhone: '123', expectedVolume: null };
    expect(toDemandInput(v)).not.toHaveProperty('expectedVolume');
    expect(demandIssues(v)).toEqual([{ path: 'contactPhone', code: 'validation.contactPhone' }]);
  });

  it('gives the China day, which starts at 16:00 UTC', () => {
    expect(chinaToday(new Date('2026-03-02T15:59:00Z'))).toBe('2026-03-02');
    expect(chinaToday(new Date('2026-03-02T16:00:00Z'))).toBe('2026-03-03');
  });
});
