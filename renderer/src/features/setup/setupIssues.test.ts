import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '@shared/ids/uscc';
import { setupIssues } from './setupIssues';

const GOOD = '12320100671322000Q';

describe('first-run setup validation', () => {
  it('accepts a profile, a name and a valid code', () => {
    expect(setupIssues({ profileId: 'yichuan', departmentName: '伊川县数据局', departmentCode: GOOD })).toEqual([]);
  });

  it('refuses a code whose check character is wrong, and says so at the code field', () => {
    const wrong = GOOD.slice(0, 17) + (usccCheckChar(GOOD.slice(0, 17)) === 'A' ? 'B' : 'A');
    expect(setupIssues({ profileId: 'yichuan', departmentName: 'x', departmentCode: wrong })).toEqual([
      { path: 'departmentCode', code: 'validation.uscc' },
    ]);
  });

  it('tells a short code apart from a wrong one, and requires every field', () => {
    expect(setupIssues({ profileId: 'national', departmentName: 'x', departmentCode: '1232' })).toEqual([
      { path: 'departmentCode', code: 'validation.usccLength' },
    ]);
    const paths = setupIssues({}).map((i) => i.path).sort();
    expect(paths).toEqual(['departmentCode', 'departmentName', 'profileId']);
  });
});
