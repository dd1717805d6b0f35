import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../../catalogue/quality/useFieldLabel';

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
