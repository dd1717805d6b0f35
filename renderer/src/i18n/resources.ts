import { MESSAGES, type Locale } from '@shared/i18n/messages';
import enCatalogue from './locales/en/catalogue.json';
import enCommon from './locales/en/common.json';
import enDemands from './locales/en/demands.json';
import enNav from './locales/en/nav.json';
import enSetup from './locales/en/setup.json';
import zhCatalogue from './locales/zh-CN/catalogue.json';
import zhCommon from './locales/zh-CN/common.json';
import zhDemands from './locales/zh-CN/demands.json';
import zhNav from './locales/zh-CN/nav.json';
import zhSetup from './locales/zh-CN/setup.json';

/**
 * The renderer's strings per language and namespace. `messages` is the shared module of
 * validation and error codes, so an issue code from zod or the core translates as it is.
 */
export const RESOURCES = {
  'zh-CN': { common: zhCommon, nav: zhNav, setup: zhSetup, catalogue: zhCatalogue, demands: zhDemands, messages: MESSAGES['zh-CN'] },
  en: { common: enCommon, nav: enNav, setup: enSetup, catalogue: enCatalogue, demands: enDemands, messages: MESSAGES.en },
} satisfies Record<Locale, Record<string, unknown>>;

export const NAMESPACES = Object.keys(RESOURCES['zh-CN']) as (keyof (typeof RESOURCES)['zh-CN'])[];
