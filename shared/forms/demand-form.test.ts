import { describe, expect, it } from 'vitest';
import { escapeHtml, renderDemandForm, type DemandFormData } from './demand-form';

const data: DemandFormData = {
  formNumber: '12320100671322000Q-2026-0001',
  requesterName: '伊川县民政局',
  requesterCode: '11410329MB1234567X',
  providerName: '伊川县公安局',
  entryName: '人口基础信息',
  entryCode: '101/0001',
  shareTypeLabel: '有条件共享',
  items: ['姓名', '公民身份号码'],
  purpose: '低保资格核验 <script>alert(1)</script>',
  scenario: '社会救助 & "审核"',
  basisLabel: '法律法规',
  basisText: "《社会救助暂行办法》第十一条 'x'",
  shareMethodLabel: '接口',
  periodFrom: '2026-03-01',
  periodTo: '2026-12-31',
  contactName: '张三',
  contactPhone: '0379-68312345',
  date: '2026-03-02',
};

describe('sealed demand form', () => {
  const html = renderDemandForm(data);

  it('escapes every value', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('社会救助 &amp; &quot;审核&quot;');
    expect(html).toContain('&#39;x&#39;');
    expect(escapeHtml('<a href="x">&\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('is an A4 page holding every field, the department, the date and the seal box', () => {
    expect(html).toContain('size: A4');
    for (const v of ['12320100671322000Q-2026-0001', '伊川县民政局', '11410329MB1234567X', '伊川县公安局', '人口基础信息', '101/0001', '有条件共享', '姓名、公民身份号码', '法律法规', '接口', '2026-03-01 至 2026-12-31', '张三', '0379-68312345', '2026-03-02', '盖章处']) {
      expect(html).toContain(v);
    }
  });

  it('says "all items" when none is chosen', () => {
    expect(renderDemandForm({ ...data, items: [] })).toContain('全部信息项');
  });
});
