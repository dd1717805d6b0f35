import { createContext, useContext } from 'react';
import type { Locale } from '@shared/i18n/messages';

export interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const LocaleContext = createContext<LocaleState>({ locale: 'zh-CN', setLocale: () => {} });

export const useLocale = (): LocaleState => useContext(LocaleContext);
