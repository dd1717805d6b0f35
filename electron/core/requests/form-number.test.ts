import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, DEPARTMENT, type fixedTime } from '../../../tests/helpers/core';
import { openRequestsWorkspace } from '../../../tests/helpers/requests';

const fields = {
  items: [] as string[],
  purpose: '低保资格核验',
  scenario: '社会救助审核',
  basisKind: 'law' as const,
  basisText: '《社会救助暂行办法》第十一条',
  shareMethod: 'interface' as const,
  periodFrom: '2026-03-01',
  periodTo: '2026-12-31',
  contactName: '张三',
  contactPhone: '0379-68312345',
};

let cleanup: () => void;
let core: Core;
let time: ReturnType<typeof fixedTime>;

beforeEach(async () => {
  ({ cleanup, core, time } = await openRequestsWorkspace());
});
afterEach(async () => {
  await core.close();
  cleanup();
});

async function draft(entryId: string) {
  await call(core, 'basket.add', { entryId, items: [] });
  return call(core, 'requests.create', { entryId, fields });
}

const numberOf = (html: string) => /申请编号：([^<]+)</.exec(html)?.[1];

describe('demand form numbers', () => {
  it('are the department code, the year and the year’s sequence, kept on reprint and unique per year', async () => {
    const a = await draft('e1');
    const b = await draft('e2');
    expect(b.formNumber).toBeUndefined();
    const first = await call(core, 'requests.demandForm', { id: a.id });
    expect(numberOf(first.html)).toBe(`${DEPARTMENT.code}-2026-0001`);
    expect(first.fileName).toBe(`共享需求单-${a.entryName}-${DEPARTMENT.code}-2026-0001.pdf`);
    expect(first.html).not.toContain(a.id);
    // A reprint carries the number already sealed; the next request takes the next one.
    expect(numberOf((await call(core, 'requests.demandForm', { id: a.id })).html)).toBe(`${DEPARTMENT.code}-2026-0001`);
    expect(numberOf((await call(core, 'requests.demandForm', { id: b.id })).html)).toBe(`${DEPARTMENT.code}-2026-0002`);

    // The list and the request itself carry the number once given, and only then.
    expect((await call(core, 'requests.get', { id: a.id })).formNumber).toBe(`${DEPARTMENT.code}-2026-0001`);
    const listed = (await call(core, 'requests.list', {})).requests;
    expect(listed.find((r) => r.id === b.id)?.formNumber).toBe(`${DEPARTMENT.code}-2026-0002`);

    // A new year starts its sequence again.
    time.advance(365 * 24 * 3_600_000);
    await call(core, 'basket.add', { entryId: 'e1', items: [] });
    const c = await call(core, 'requests.create', { entryId: 'e1', fields: { ...fields, periodFrom: '2027-03-01', periodTo: '2027-12-31' } });
    expect(numberOf((await call(core, 'requests.demandForm', { id: c.id })).html)).toBe(`${DEPARTMENT.code}-2027-0001`);
  });
});
