import { MESSAGES, translate, type Locale } from './messages';

type Tree = Record<string, unknown>;
const leaf = (tree: unknown, key: string): string | undefined => {
  const v = typeof tree === 'object' && tree !== null ? (tree as Tree)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** A string at a dotted path of a message tree. */
const at = (tree: unknown, path: string): string | undefined => {
  const parts = path.split('.');
  return leaf(parts.slice(0, -1).reduce<unknown>((node, k) => (typeof node === 'object' && node !== null ? (node as Tree)[k] : undefined), tree), parts[parts.length - 1]!);
};

/**
 * An audit record's action in the officer's words, by its code's path (`catalogue.create`); a
 * request's or objection's step by its event, a platform step by the state it reached; an unknown
 * code is shown as it is stored.
 */
export function auditActionLabel(action: string, locale: Locale): string {
  const audit = (MESSAGES[locale] as Tree).audit as Tree;
  if (action.startsWith('sync.conflict:')) return translate('audit.conflict', locale);
  const named = at(audit.action, action);
  if (named) return named;
  const request = /^requests\.(.+)$/.exec(action)?.[1];
  if (request) {
    const platform = /^platform\.(.+)$/.exec(request)?.[1];
    const state = platform ? leaf(((MESSAGES[locale] as Tree).requests as Tree | undefined)?.state, platform) : undefined;
    if (state) return `${state}${translate('audit.platformEvent', locale)}`;
    return leaf(audit.requestEvent, request) ?? translate('audit.otherRequestEvent', locale, { event: request });
  }
  const objection = /^objections\.(.+)$/.exec(action)?.[1];
  if (objection) return leaf(audit.objectionEvent, objection) ?? translate('audit.otherObjectionEvent', locale, { event: objection });
  return action;
}

/** The kind of entity an audit record is about, in the officer's words; an unknown kind as stored. */
export function auditEntityLabel(entityType: string, locale: Locale): string {
  return leaf(((MESSAGES[locale] as Tree).audit as Tree).entityType, entityType) ?? entityType;
}
