import { describe, expect, it } from 'vitest';
import { deliveryIssues, newDeliveryValues, toDeliveryInput } from './deliveryValues';

const blank = newDeliveryValues();

describe('delivery form', () => {
  it('each method needs its own detail, as the core checks it', () => {
    expect(deliveryIssues(blank)).toEqual([expect.objectContaining({ path: 'url', code: 'validation.deliveryDetailRequired' })]);
    expect(deliveryIssues({ ...blank, url: 'dsp.example.gov.cn' })).toEqual([expect.objectContaining({ path: 'url', code: 'validation.deliveryUrl' })]);
    expect(deliveryIssues({ ...blank, url: 'https://dsp.example.gov.cn/api' })).toEqual([]);
    expect(deliveryIssues({ ...blank, method: 'databaseView', database: 'share_db' })).toEqual([expect.objectContaining({ path: 'viewName', code: 'validation.deliveryDetailRequired' })]);
    expect(deliveryIssues({ ...blank, method: 'file', location: '   ' })).toEqual([expect.objectContaining({ path: 'location', code: 'validation.deliveryDetailRequired' })]);
    expect(deliveryIssues({ ...blank, method: 'file', note: 'x'.repeat(2001), location: '交换区' })).toEqual([expect.objectContaining({ path: 'note', code: 'validation.tooLong' })]);
  });

  it('sends only the chosen method’s details, trimmed, blanks left out', () => {
    const v = { method: 'databaseView' as const, url: 'https://left.over', viewName: ' v_share ', database: '', location: 'left over', note: ' 账号另行发放 ' };
    expect(toDeliveryInput('r1', v)).toEqual({ id: 'r1', method: 'databaseView', viewName: 'v_share', note: '账号另行发放' });
    expect(toDeliveryInput('r1', { ...v, method: 'file', location: ' 交换区/2026 ', note: '' })).toEqual({ id: 'r1', method: 'file', location: '交换区/2026' });
  });
});
