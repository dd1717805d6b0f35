import type { DataItem } from '../domain/entry';
import { nameKey } from './normalise';
import type { SharedItemRef } from './types';

/**
 * Sensitive data items: names, technical names or types that look like personal or identifying
 * data. Such an item should be shared on conditions with a desensitisation note (脱敏说明), the
 * way 拱墅 art. 21 and 雨花 art. 20 allow sensitive data to be supplied after desensitisation.
 * A unified social credit code is not among them: it is the public identifier of a legal person
 * (《伊川县政务数据资源共享管理暂行办法》第十六条), shared as it is.
 */
export const SENSITIVE_KINDS = ['idNumber', 'phone', 'personName', 'address', 'bankCard'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

/** Chinese name patterns and technical-name patterns (pinyin initials and English), per kind. */
const PATTERNS: readonly [SensitiveKind, RegExp, RegExp][] = [
  ['idNumber', /身份证|证件号|身份号码|证件编号/, /(^|_)(sfzh|sfzhm|zjhm|id_?card|id_?no|idcard|identity|cert_?no)(_|$)/],
  ['phone', /手机|电话|联系方式|移动号码/, /(^|_)(sjh|sjhm|lxdh|dh|mobile|phone|tel|telephone)(_|$)/],
  ['bankCard', /银行卡|银行账号|银行帐号|银行卡号|开户账号/, /(^|_)(yhkh|yhzh|bank_?card|bank_?account|card_?no)(_|$)/],
  ['address', /住址|居住地|户籍地|家庭地址|联系地址|通讯地址|详细地址|^地址$/, /(^|_)(zz|jzd|hjd|addr|address|home_?addr)(_|$)/],
  ['personName', /姓名|联系人|法定代表人|法人代表|负责人$/, /(^|_)(xm|real_?name|person_?name|full_?name|lxr|fddbr)$|^name$/],
];

/** A technical (column) name in one spelling: lower case, words joined by `_`. */
const techName = (nameEn: string | undefined) => (nameEn ?? '').normalize('NFKC').toLowerCase().replace(/[\s-]+/g, '_');

/** A unified social credit code, by its name or technical name: never advised sensitive, whatever else it matches. */
const CREDIT_CODE = /信用代码/;
const CREDIT_CODE_TECH = /(^|_)(uscc|tyshxydm|shxydm|xydm|credit_?code|social_?credit_?code|unified_?social_?credit_?code)(_|$)/;

/** Whether the item is a unified social credit code (the identifier of a legal person). */
export function isCreditCodeItem(item: Pick<DataItem, 'name' | 'nameEn'>): boolean {
  return CREDIT_CODE.test(item.name.normalize('NFKC')) || CREDIT_CODE_TECH.test(techName(item.nameEn));
}

/** A resident identity number (公民身份号码), by its name or technical name: its values carry the GB 11643 check character. */
const RESIDENT_ID = /公民身份号码|身份证号|身份证件号|居民身份证/;
const RESIDENT_ID_TECH = /(^|_)(sfzh|sfzhm|gmsfhm|gmsfzh|id_?card|id_?card_?no|idcard_?no|id_?number|resident_?id)(_|$)/;

export function isResidentIdItem(item: Pick<DataItem, 'name' | 'nameEn'>): boolean {
  if (isCreditCodeItem(item)) return false;
  return RESIDENT_ID.test(item.name.normalize('NFKC')) || RESIDENT_ID_TECH.test(techName(item.nameEn));
}

/** Which kind of sensitive data an item looks like, or undefined. Names win over the type-only hint. */
export function detectSensitive(item: Pick<DataItem, 'name' | 'nameEn' | 'type' | 'length'>): SensitiveKind | undefined {
  if (isCreditCodeItem(item)) return undefined;
  const name = item.name.normalize('NFKC');
  const tech = techName(item.nameEn);
  for (const [kind, zh, en] of PATTERNS) if (zh.test(name) || (tech && en.test(tech))) return kind;
  // An 18-character text field named a 号码 is an ID number until shown otherwise.
  if (item.type === 'C' && item.length === '18' && /号码|证号/.test(name)) return 'idNumber';
  if (item.type === 'C' && item.length === '11' && /号码/.test(name)) return 'phone';
  return undefined;
}

/** Bookkeeping columns every table has: matching them across departments means nothing. */
const GENERIC = new Set(['序号', '备注', '主键', '编号', 'id', '创建时间', '更新时间', '修改时间', '创建人', '修改人', '状态', '时间戳', '删除标志'].map(nameKey));

/** Shared-catalogue items by comparison key, built once for a whole catalogue check. */
export function indexSharedItems(refs: Iterable<SharedItemRef>): Map<string, SharedItemRef[]> {
  const map = new Map<string, SharedItemRef[]>();
  for (const r of refs) {
    const key = nameKey(r.itemName);
    if (!key || GENERIC.has(key)) continue;
    const list = map.get(key) ?? [];
    list.push(r);
    map.set(key, list);
  }
  return map;
}

/**
 * 一数一源 (丽水 art. 16, 伊川 art. 16): other departments that already share an item of this name.
 * The department's own entries do not count. Providers are listed once each, in order met.
 */
export function alreadyProvidedBy(
  itemName: string,
  index: ReadonlyMap<string, readonly SharedItemRef[]>,
  own: { departmentCode?: string; departmentName?: string } = {},
): SharedItemRef[] {
  const key = nameKey(itemName);
  if (!key || GENERIC.has(key)) return [];
  const seen = new Set<string>();
  const out: SharedItemRef[] = [];
  for (const r of index.get(key) ?? []) {
    if (own.departmentCode && r.providerCode && r.providerCode.toUpperCase() === own.departmentCode.toUpperCase()) continue;
    if (own.departmentName && nameKey(r.provider) === nameKey(own.departmentName)) continue;
    const who = r.providerCode ?? r.provider;
    if (seen.has(who)) continue;
    seen.add(who);
    out.push(r);
  }
  return out;
}
