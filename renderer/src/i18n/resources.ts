import { MESSAGES, type Locale } from '@shared/i18n/messages';
import enCatalogue from './locales/en/catalogue.json';
import enCommon from './locales/en/common.json';
import enDemands from './locales/en/demands.json';
import enNav from './locales/en/nav.json';
import enSetup from './locales/en/setup.json';
import enExchange from './locales/en/exchange.json';
import enHistory from './locales/en/history.json';
import enQuality from './locales/en/quality.json';
import enSearch from './locales/en/search.json';
import enWizard from './locales/en/wizard.json';
import zhCatalogue from './locales/zh-CN/catalogue.json';
import zhCommon from './locales/zh-CN/common.json';
import zhDemands from './locales/zh-CN/demands.json';
import zhNav from './locales/zh-CN/nav.json';
import zhSetup from './locales/zh-CN/setup.json';
import zhExchange from './locales/zh-CN/exchange.json';
import zhHistory from './locales/zh-CN/history.json';
import zhQuality from './locales/zh-CN/quality.json';
import zhSearch from './locales/zh-CN/search.json';
import zhWizard from './locales/zh-CN/wizard.json';
import enRequests from './locales/en/requests.json';
import enDecisions from './locales/en/decisions.json';
import enObjections from './locales/en/objections.json';
import enOverview from './locales/en/overview.json';
import enNotices from './locales/en/notices.json';
import enAudit from './locales/en/audit.json';
import enSync from './locales/en/sync.json';
import enSettings from './locales/en/settings.json';
import enReview from './locales/en/review.json';
import enLists from './locales/en/lists.json';
import zhLists from './locales/zh-CN/lists.json';
import zhRequests from './locales/zh-CN/requests.json';
import zhDecisions from './locales/zh-CN/decisions.json';
import zhObjections from './locales/zh-CN/objections.json';
import zhOverview from './locales/zh-CN/overview.json';
import zhNotices from './locales/zh-CN/notices.json';
import zhAudit from './locales/zh-CN/audit.json';
import zhSync from './locales/zh-CN/sync.json';
import zhSettings from './locales/zh-CN/settings.json';
import zhReview from './locales/zh-CN/review.json';

/**
 * The renderer's strings per language and namespace. `messages` is the shared module of
 * validation and error codes, so an issue code from zod or the core translates as it is.
 */
export const RESOURCES = {
  'zh-CN': {
    common: zhCommon,
    nav: zhNav,
    setup: zhSetup,
    catalogue: zhCatalogue,
    exchange: zhExchange,
    history: zhHistory,
    quality: zhQuality,
    search: zhSearch,
    wizard: zhWizard,
    demands: zhDemands,
    requests: zhRequests,
    decisions: zhDecisions,
    objections: zhObjections,
    overview: zhOverview,
    notices: zhNotices,
    audit: zhAudit,
    sync: zhSync,
    settings: zhSettings,
    review: zhReview,
    lists: zhLists,
    messages: MESSAGES['zh-CN'],
  },
  en: {
    common: enCommon,
    nav: enNav,
    setup: enSetup,
    catalogue: enCatalogue,
    exchange: enExchange,
    history: enHistory,
    quality: enQuality,
    search: enSearch,
    wizard: enWizard,
    demands: enDemands,
    requests: enRequests,
    decisions: enDecisions,
    objections: enObjections,
    overview: enOverview,
    notices: enNotices,
    audit: enAudit,
    sync: enSync,
    settings: enSettings,
    review: enReview,
    lists: enLists,
    messages: MESSAGES.en,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export const NAMESPACES = Object.keys(RESOURCES['zh-CN']) as (keyof (typeof RESOURCES)['zh-CN'])[];
