import { describe, expect, it } from 'vitest';
import { entryInputSchema } from '@shared/domain/entry';
import { REQUIRABLE_FIELDS } from '@shared/profiles';
import { KIND_FIELD_NAMES } from '@shared/domain/resource-kind';
import { CORE_FIELDS, EXTENSION_FIELDS, GRADING_FIELDS } from './extraFields';

const INLINE = ['nameEn', 'codeConfirmed', 'formatNote'];
// The non-data kinds' fields are rendered by KindFieldsSection, each kind's own.
const rendered = [...CORE_FIELDS, ...GRADING_FIELDS, ...EXTENSION_FIELDS, ...INLINE, ...KIND_FIELD_NAMES];

describe('entry editor fields', () => {
  // A quality issue or a review comment can name any field of an entry: the editor must have it to jump to.
  it('renders every field of the entry schema, each once', () => {
    expect([...rendered].sort()).toEqual(Object.keys(entryInputSchema.shape).sort());
  });

  it('offers every field a profile can require', () => {
    for (const f of REQUIRABLE_FIELDS) expect(rendered).toContain(f);
  });
});
