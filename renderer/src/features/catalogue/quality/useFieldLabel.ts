import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A field path in the officer's words: `items.2.length` → 第 3 项 · 数据长度. Labels come from
 * the catalogue form, then the wizard's extra fields; an unknown path shows as it is.
 */
export function useFieldLabel() {
  const { t } = useTranslation(['catalogue', 'wizard', 'quality']);
  return useCallback(
    (path: string): string => {
      const [head = '', index, leaf] = path.split('.');
      const label = (name: string) =>
        t(`catalogue:field.${name}`, { defaultValue: t(`wizard:field.${name}`, { defaultValue: t(`wizard:extra.${name}`, { defaultValue: name }) }) });
      if (head === 'items' && index !== undefined) {
        const item = t('quality:itemN', { index: Number(index) + 1 });
        return leaf ? `${item} · ${t(`catalogue:items.${leaf}`, { defaultValue: t(`quality:itemField.${leaf}`, { defaultValue: leaf }) })}` : item;
      }
      return label(head);
    },
    [t],
  );
}
