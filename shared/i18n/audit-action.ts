import { MESSAGES, translate, type Locale } from './messages';
import type { auditMessages } from './messages/audit';

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

/**
 * Audit summaries in words are stored as a key under `audit.summary` with its values, and said in
 * the reader's language when the trail is read or exported (as the action is): `auditSummary`
 * writes one, `auditSummaryText` reads any summary. Record separator and unit separator mark it:
 * no officer types those, so a summary that is a name or a number stays as it is stored.
 */
const SUMMARY_MARK = '\u001e';
const VALUES_MARK = '\u001f';

export type AuditSummaryName = keyof (typeof auditMessages)['en']['audit']['summary'];

export function auditSummary(name: AuditSummaryName, values: Record<string, string | number> = {}): string {
  return `${SUMMARY_MARK}${name}${VALUES_MARK}${JSON.stringify(values)}`;
}

/** A stored summary in the reader's language; a plain one as stored, a damaged one without its marks. */
export function auditSummaryText(stored: string, locale: Locale): string {
  if (!stored.startsWith(SUMMARY_MARK)) return stored;
  const cut = stored.indexOf(VALUES_MARK);
  const name = stored.slice(1, cut < 0 ? undefined : cut);
  const damaged = () => stored.split(SUMMARY_MARK).join(' ').split(VALUES_MARK).join(' ').trim();
  let parsed: unknown;
  try {
    parsed = cut < 0 ? {} : JSON.parse(stored.slice(cut + 1));
  } catch {
    return damaged();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return damaged();
  const values = parsed as Record<string, unknown>;
  const words = at(((MESSAGES[locale] as Tree).audit as Tree).summary, name);
  if (words === undefined) return [name, ...Object.values(values).map(String)].join(' ');
  return words.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(values[p] ?? ''));
}
