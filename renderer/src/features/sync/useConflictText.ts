import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenType, ShareType } from '@shared/domain/enums';
import { labelOf, VOCABULARIES, type VocabularyName } from '@shared/domain/labels';
import { useFieldLabel } from '../catalogue/quality/useFieldLabel';
import { useLabels } from '../catalogue/useLabels';
import { useLocale } from '../../i18n/LocaleContext';
import { displayValue } from './conflictRows';

/** A conflict's field in the catalogue's words; fields the catalogue labels do not name (e.g. `items`) from ours. */
export function useConflictFieldLabel() {
  const { t } = useTranslation('sync');
  const catalogueLabel = useFieldLabel();
  return useCallback(
    (field: string) => {
      const label = catalogueLabel(field);
      return label === field ? t(`field.${field}`, { defaultValue: field }) : label;
    },
    [catalogueLabel, t],
  );
}

/** A conflict's value as the catalogue shows it: coded values by their label (share types in the profile's wording). */
export function useConflictValue() {
  const { t } = useTranslation('sync');
  const { locale } = useLocale();
  const labels = useLabels();
  return useCallback(
    (field: string, value: unknown): string => {
      if (typeof value === 'string' && value) {
        if (field === 'shareType') return labels.shareType(value as ShareType);
        if (field === 'openType') return labels.openType(value as OpenType);
        if (Object.hasOwn(VOCABULARIES, field)) return labelOf(field as VocabularyName, value as never, locale);
      }
      return displayValue(value, t('listSeparator'));
    },
    [labels, locale, t],
  );
}
