import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../ipc/errors';
import { requestFieldsSchema } from './request';

const fields = {
  purpose: '低保资格核验',
  scenario: '社会救助审核',
  basisKind: 'law',
  basisText: '《社会救助暂行办法》第十一条',
  shareMethod: 'interface',
  periodFrom: '2026-03-01',
  periodTo: '2026-12-31',
  contactName: '张三',
  contactPhone: '0379-68312345',
};

const codeAt = (input: unknown, path: string) => {
  const r = requestFieldsSchema.safeParse(input);
  return r.success ? undefined : issuesFromZod(r.error).find((i) => i.path === path)?.code;
};

describe('a request’s choices', () => {
  it('an empty choice is required, like every other empty field; a value off the list is not on the list', () => {
    expect(codeAt({ ...fields, shareMethod: undefined }, 'shareMethod')).toBe('validation.required');
    expect(codeAt({ ...fields, shareMethod: '' }, 'shareMethod')).toBe('validation.required');
    expect(codeAt({ ...fields, basisKind: undefined }, 'basisKind')).toBe('validation.required');
    expect(codeAt({ ...fields, purpose: '' }, 'purpose')).toBe('validation.required');
    expect(codeAt({ ...fields, shareMethod: 'carrierPigeon' }, 'shareMethod')).toBe('validation.enum');
  });
});
