import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shared/i18n/messages';
import { NAMESPACES, RESOURCES } from './resources';

/** One i18next instance for the app, started in the language the officer chose last time. */
export async function createI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: locale,
    fallbackLng: 'zh-CN',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    // A desktop app's console is for its own diagnostics.
    showSupportNotice: false,
  });
  return instance;
}
