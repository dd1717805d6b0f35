import { Segmented } from 'antd';
import { LOCALES, type Locale } from '@shared/i18n/messages';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/LocaleContext';

/** Each language names itself, so an officer who cannot read the current one still finds theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<Locale>
      size="small"
      value={locale}
      onChange={setLocale}
      options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`, { lng: l }) }))}
      data-testid="language-switch"
    />
  );
}
