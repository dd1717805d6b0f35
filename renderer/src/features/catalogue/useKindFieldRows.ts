import { useTranslation } from 'react-i18next';
import type { EntryInput } from '@shared/domain/entry';
import { labelOf } from '@shared/domain/labels';
import { fieldsOfKind } from '@shared/domain/resource-kind';
import { useLocale } from '../../i18n/LocaleContext';

/** A non-data entry's own fields as label and shown value, in its kind's order; none for data. */
export function useKindFieldRows() {
  const { t } = useTranslation('wizard');
  const { locale } = useLocale();
  return (e: Partial<EntryInput>): { field: string; label: string; value: string }[] =>
    fieldsOfKind(e.kind).map((f) => {
      const v = e[f];
      let value: string;
      if (v === undefined || v === '') value = '—';
      else if (typeof v === 'boolean') value = t(v ? 'kind.yes' : 'kind.no');
      else if (f === 'protectionLevel' || f === 'cloudService') value = labelOf(f, v as never, locale);
      else value = String(v);
      return { field: f, label: t(`extra.${f}`), value };
    });
}
