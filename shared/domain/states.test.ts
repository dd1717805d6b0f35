import { describe, expect, it } from 'vitest';
import { ENTRY_STATES } from './enums';
import { EDITABLE_STATES, TRANSITIONS, canTransition, officerTargets, stateAfterEdit } from './states';

describe('entry states', () => {
  it('lets the officer mark ready, and only sync submit, publish or return', () => {
    expect(canTransition('draft', 'ready', 'officer')).toBe(true);
    expect(canTransition('ready', 'submitted', 'officer')).toBe(false);
    expect(canTransition('ready', 'submitted', 'sync')).toBe(true);
    expect(canTransition('submitted', 'published', 'sync')).toBe(true);
    expect(canTransition('submitted', 'returned', 'sync')).toBe(true);
    expect(canTransition('submitted', 'published', 'officer')).toBe(false);
    expect(canTransition('draft', 'published', 'sync')).toBe(false);
  });

  it('changes a published entry through changing, and retires it', () => {
    expect(officerTargets('published').sort()).toEqual(['changing', 'retired']);
    expect(officerTargets('changing').sort()).toEqual(['ready', 'retired']);
    expect(officerTargets('retired')).toEqual([]);
  });

  it('reaches every state from draft', () => {
    const seen = new Set(['draft']);
    const queue = ['draft'];
    while (queue.length) {
      const s = queue.shift() as keyof typeof TRANSITIONS;
      for (const t of Object.keys(TRANSITIONS[s])) {
        if (!seen.has(t)) {
          seen.add(t);
          queue.push(t);
        }
      }
    }
    expect([...seen].sort()).toEqual([...ENTRY_STATES].sort());
  });

  it('sends an edited ready or returned entry back to draft', () => {
    expect(stateAfterEdit('ready')).toBe('draft');
    expect(stateAfterEdit('returned')).toBe('draft');
    expect(stateAfterEdit('changing')).toBe('changing');
    expect(EDITABLE_STATES).not.toContain('submitted');
    expect(EDITABLE_STATES).not.toContain('published');
  });
});
