import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@shared/ipc/errors';
import { LOCALES, translate } from '@shared/i18n/messages';

describe('error codes', () => {
  it.each(LOCALES)('each has a message in %s', (locale) => {
    const missing = ERROR_CODES.filter((code) => translate(`error.${code}`, locale) === `error.${code}`);
    expect(missing).toEqual([]);
  });
});
