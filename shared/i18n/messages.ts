/**
 * Messages that cross layers — validation issues and typed errors — in both UI languages.
 * The renderer loads them as the `messages` namespace of i18next; the core and the CLI translate
 * with `translate()`. Keys are stable codes; `{{name}}` marks a parameter. Each feature keeps its
 * own module in ./messages and adds it to MODULES (top-level keys must not collide).
 */
import { auditMessages } from './messages/audit';
import { calendarMessages } from './messages/calendar';
import { catalogueMessages } from './messages/catalogue';
import { coreMessages } from './messages/core';
import { demandMessages } from './messages/demands';
import { evaluationMessages } from './messages/evaluation';
import { exchangeMessages } from './messages/exchange';
import { listMessages } from './messages/lists';
import { protocolMessages } from './messages/protocol';
import { requestMessages } from './messages/requests';
import { searchMessages } from './messages/search';
import { syncMessages } from './messages/sync';
import type { MessageModule, MessageTree } from './messages/types';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const MODULES: MessageModule[] = [coreMessages, calendarMessages, protocolMessages, searchMessages, exchangeMessages, catalogueMessages, syncMessages, demandMessages, requestMessages, evaluationMessages, auditMessages, listMessages];

/** Merges modules branch by branch, so features can add their codes under the shared `error` key. */
function mergeTrees(trees: MessageTree[]): MessageTree {
  const out: MessageTree = {};
  for (const tree of trees) {
    for (const [k, v] of Object.entries(tree)) {
      const prev = out[k];
      out[k] = typeof v === 'object' && typeof prev === 'object' ? mergeTrees([prev, v]) : v;
    }
  }
  return out;
}

export const MESSAGES: Record<Locale, MessageTree> = {
  'zh-CN': mergeTrees(MODULES.map((m) => m['zh-CN'])),
  en: mergeTrees(MODULES.map((m) => m.en)),
};

/** Looks up `a.b.c` in the message tree and fills `{{param}}`s; unknown keys come back as the key. */
export function translate(key: string, locale: Locale, params: Record<string, unknown> = {}): string {
  let node: unknown = MESSAGES[locale];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? ''));
}
