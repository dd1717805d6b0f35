import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '@shared/i18n/messages';
import { call } from '../api/client';
import { theme } from '../app/theme';
import { LocaleContext } from './LocaleContext';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS };
const DAYJS_LOCALES = { 'zh-CN': 'zh-cn', en: 'en' };

/** Switches i18next, antd and dayjs together at run time, and saves the choice through the shell. */
export function LocaleProvider({ i18n, initial, children }: { i18n: i18n; initial: Locale; children: ReactNode }) {
  const [locale, setState] = useState<Locale>(() => {
    dayjs.locale(DAYJS_LOCALES[initial]);
    return initial;
  });

  const setLocale = useCallback(
    (next: Locale) => {
      dayjs.locale(DAYJS_LOCALES[next]);
      void i18n.changeLanguage(next);
      document.documentElement.lang = next;
      setState(next);
      // A lost preference is not worth an error dialog: the language still switched.
      call('prefs.set', { locale: next }).catch(() => {});
    },
    [i18n],
  );

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleContext.Provider value={value}>
        <ConfigProvider locale={ANTD_LOCALES[locale]} theme={theme}>
          {children}
        </ConfigProvider>
      </LocaleContext.Provider>
    </I18nextProvider>
  );
}
