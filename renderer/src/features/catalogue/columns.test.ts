import { describe, expect, it } from 'vitest';
import { MIN_TABLE_WIDTH, omittedColumns } from './columns';

describe('catalogue columns by the table’s width', () => {
  it('keep every column where they fit, then leave out the item count, then the update cycle, never scrolling under the fixed actions above the minimum', () => {
    // 1440-wide window: the table box is 1152 px.
    expect(omittedColumns(1152)).toEqual([]);
    // 1366-wide window: 1078 px.
    expect(omittedColumns(1078)).toEqual(['items']);
    expect(omittedColumns(1000)).toEqual(['items', 'updateCycle']);
    expect(omittedColumns(MIN_TABLE_WIDTH)).toEqual(['items', 'updateCycle']);
    expect(MIN_TABLE_WIDTH).toBeLessThan(1000);
  });
});
