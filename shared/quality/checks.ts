import { checkClassification } from '../domain/classification';
import { normaliseResourceCode, parseCode, renderCode, type CodeOddity } from '../domain/code';
import { entryInputSchema, type EntryValues } from '../domain/entry';
import { ALLOWED_SHARE_METHOD_TYPES } from '../domain/enums';
import { checkUscc, normaliseCode, usccOrgCodeValid } from '../ids/uscc';
import { issuesFromZod } from '../ipc/errors';
import { nameKey } from './normalise';
import { citation } from '../profiles/regulations';
import { alreadyProvidedBy, detectSensitive, isCreditCodeItem, isResidentIdItem } from './sensitive';
import type { QualityContext, QualityIssue } from './types';

/**
 * The pre-submission checks: what platform reviewers reject in practice (the core metadata,
 * sharing attributes and codes of the 1272 guideline and its templates' filling rules), plus the profile's required fields, sensitive items and 一数一源. Errors
 * block `ready`; warnings do not. Each finding's message is `catalogue.quality.<code>`.
 */

/** An entry as saved (with its id and code) or as compiled (without them). */
export type CheckedEntry = EntryValues & { id?: string; code?: string };

/** A 不予共享 basis should cite a law, regulation, rule or policy. */
const LEGAL_WORDS = /法|条例|规定|办法|规章|决定|政策|意见|通知|《|〔|\[/;
const SYSTEM_SUFFIX = /(系统|平台|管理系统|信息系统|app|软件)$/;
/** Shorter than this, a summary does not describe the content (1272: 摘要 describes the content). */
const MIN_SUMMARY = 10;

type Other = NonNullable<QualityContext['others']>[number];
interface OthersIndex {
  byName: Map<string, Other[]>;
  byCode: Map<string, Other[]>;
}
/** Names and codes of the catalogue by comparison key, built once per catalogue check (not once per entry). */
const indexes = new WeakMap<readonly Other[], OthersIndex>();
function othersIndex(others: readonly Other[]): OthersIndex {
  let index = indexes.get(others);
  if (index) return index;
  index = { byName: new Map(), byCode: new Map() };
  const add = (map: Map<string, Other[]>, key: string, o: Other) => map.set(key, [...(map.get(key) ?? []), o]);
  for (const o of others) {
    add(index.byName, nameKey(o.name), o);
    if (o.code) add(index.byCode, normaliseResourceCode(o.code), o);
  }
  indexes.set(others, index);
  return index;
}

export function checkEntry(e: CheckedEntry, ctx: QualityContext): QualityIssue[] {
  const out: QualityIssue[] = [];
  const error = (code: string, path: string, params?: QualityIssue['params']) => out.push({ code, severity: 'error', path, ...(params ? { params } : {}) });
  const warn = (code: string, path: string, params?: QualityIssue['params']) => out.push({ code, severity: 'warning', path, ...(params ? { params } : {}) });
  const { profile } = ctx;
  const key = nameKey(e.name);

  // Names: not the system's name, unique across the catalogue whatever the punctuation.
  if (e.sourceSystem && nameKey(e.sourceSystem) === key) error('systemNameAsName', 'name', { system: e.sourceSystem });
  else if (SYSTEM_SUFFIX.test(key)) warn('nameLooksLikeSystem', 'name');
  const index = ctx.others ? othersIndex(ctx.others) : undefined;
  const twin = index?.byName.get(key)?.find((o) => o.id !== e.id);
  // A name the department has already published is refused by the platform: said before submission.
  if (twin) error(twin.published ? 'publishedNameTaken' : 'duplicateName', 'name', { other: twin.name });

  // Provider and summary.
  if (!e.provider?.trim()) error('providerEmpty', 'provider');
  if (!e.summary?.trim()) error('summaryEmpty', 'summary');
  else if (nameKey(e.summary) === key) warn('summaryRepeatsName', 'summary');
  else if (e.summary.trim().length < MIN_SUMMARY) warn('summaryShort', 'summary', { min: MIN_SUMMARY });

  if (e.providerCode) {
    if (checkUscc(e.providerCode)) error('providerUscc', 'providerCode');
    else if (!usccOrgCodeValid(e.providerCode)) warn('providerOrgCode', 'providerCode');
  }

  checkCode(e, ctx, out);

  // Sharing and opening: a condition unless unconditional, the legal basis for `none`.
  if (e.shareMethodType && !ALLOWED_SHARE_METHOD_TYPES[e.formatClass].includes(e.shareMethodType)) error('shareMethodMismatch', 'shareMethodType');
  if (e.shareType === 'conditional' && !e.shareCondition) error('conditionMissing', 'shareCondition');
  if (e.shareType === 'none') {
    if (!e.shareCondition) error('legalBasisMissing', 'shareCondition');
    else if (!LEGAL_WORDS.test(e.shareCondition)) warn('legalBasisVague', 'shareCondition');
    if (e.openType !== 'none') error('notSharedButOpen', 'openType');
  }
  if (e.openType === 'conditional' && !e.openCondition) error('openConditionMissing', 'openCondition');
  if (profile.requiresOpenMethod && e.openType === 'conditional' && !e.openMethod) error('openMethodMissing', 'openMethod');
  // Platform sharing is the default (the 1272 guideline: use the platform whenever possible); some places also want interfaces rather than copies.
  if (e.shareType !== 'none' && e.shareMethodClass && e.shareMethodClass !== 'platform') warn('preferPlatform', 'shareMethodClass');
  if (profile.prefersInterface && e.shareType !== 'none' && e.formatClass === 'database' && e.shareMethodType && e.shareMethodType !== 'interface') {
    warn('preferInterface', 'shareMethodType');
  }

  // The profile: resource kinds, grades, classification and required fields.
  if (!profile.resourceKinds.includes(e.kind)) error('kindNotAllowed', 'kind', { kind: e.kind });
  if (e.dataGrade && !profile.dataGrades.includes(e.dataGrade)) error('dataGradeNotAllowed', 'dataGrade', { grade: e.dataGrade });
  if (e.classification) {
    if (!profile.classifications.includes(e.classification.scheme)) error('classificationScheme', 'classification.scheme');
    for (const p of checkClassification(e.classification)) error('classificationInvalid', `classification.${p.path}`);
  }
  for (const field of profile.requiredFields) {
    const v = (e as Record<string, unknown>)[field];
    if (v === undefined || v === null || v === '') error('requiredByProfile', field, { field });
  }

  checkItems(e, ctx, out);
  checkBasicDatabase(e, ctx, out);
  checkIdentifiers(e, ctx, out);
  return out;
}

/** The 1272 basic class (1) and its five databases: 人口, 法人单位, 自然资源和空间地理, 社会信用, 电子证照. */
const BASIC_DATABASES = new Set(['01', '02', '03', '04', '05']);

/** The basic database an entry belongs to by its 1272 classification (`01`–`05`), if any. */
export function basicDatabaseOf(e: Pick<CheckedEntry, 'classification'>): string | undefined {
  const c = e.classification;
  if (!c || c.scheme !== 'national1272' || c.category !== '1' || !c.item) return undefined;
  return BASIC_DATABASES.has(c.item) ? c.item : undefined;
}

/** Items of a basic database are shared unconditionally, the resource and each of its items. */
function checkBasicDatabase(e: CheckedEntry, ctx: QualityContext, out: QualityIssue[]): void {
  const source = ctx.profile.basicDatabasesUnconditional;
  if (!source || !basicDatabaseOf(e)) return;
  const params = { rule: citation(source) };
  if (e.shareType !== 'unconditional') out.push({ code: 'basicDatabaseShare', severity: 'warning', path: 'shareType', params });
  e.items.forEach((item, i) => {
    if (item.shareType && item.shareType !== 'unconditional') out.push({ code: 'basicDatabaseItemShare', severity: 'warning', path: `items.${i}.shareType`, params });
  });
}

/**
 * Data about persons is collected under the resident identity number, data about legal persons
 * under the unified social credit code: a resource about either without that item is flagged.
 * What a resource is about: its basic database (人口, 法人单位) or its theme (person, organisation).
 */
function checkIdentifiers(e: CheckedEntry, ctx: QualityContext, out: QualityIssue[]): void {
  const source = ctx.profile.identifiersRequired;
  if (!source) return;
  const db = basicDatabaseOf(e);
  const rule = citation(source);
  if ((db === '01' || e.theme === 'person') && !e.items.some((i) => isResidentIdItem(i))) {
    out.push({ code: 'residentIdMissing', severity: 'warning', path: 'items', params: { rule } });
  }
  if ((db === '02' || e.theme === 'organisation') && !e.items.some((i) => isCreditCodeItem(i))) {
    out.push({ code: 'creditCodeMissing', severity: 'warning', path: 'items', params: { rule } });
  }
}

const SHORT_ODDITIES: readonly CodeOddity[] = ['sequenceLength', 'providerLength'];

function checkCode(e: CheckedEntry, ctx: QualityContext, out: QualityIssue[]): void {
  if (!e.code) return;
  const format = ctx.profile.codeFormat;
  const scheme = e.classification?.scheme ?? ctx.profile.classifications[0] ?? 'national1272';
  const parsed = parseCode(e.code, format, scheme);
  const code = parsed.text;
  if (ctx.others && othersIndex(ctx.others).byCode.get(code)?.some((o) => o.id !== e.id)) {
    out.push({ code: 'duplicateCode', severity: 'error', path: 'code', params: { code } });
  }
  if (parsed.oddities.length && !e.codeConfirmed) {
    const short = parsed.text.length < renderCode({ providerCode: 'x'.repeat(format.providerLength), sequence: '0'.repeat(format.sequenceDigits) }, format).length;
    const kind = short && parsed.oddities.some((o) => SHORT_ODDITIES.includes(o)) ? 'codeShort' : 'codeUnusual';
    out.push({ code: kind, severity: 'warning', path: 'code', params: { code, reasons: parsed.oddities.join(',') }, confirm: true });
  }
  // The parts inside the code must agree with the entry's own fields.
  const provider = e.providerCode ? normaliseCode(e.providerCode) : undefined;
  if (provider && parsed.providerCode && parsed.providerCode !== provider) {
    out.push({ code: 'codeInconsistent', severity: 'warning', path: 'code', params: { part: 'providerCode' } });
  }
  const cls = e.classification;
  const pc = parsed.classification;
  if (cls && pc && (cls.category !== pc.category || (cls.item ?? '') !== (pc.item ?? '') || (cls.section ?? '') !== (pc.section ?? '') || (cls.detail ?? '') !== (pc.detail ?? ''))) {
    out.push({ code: 'codeInconsistent', severity: 'warning', path: 'code', params: { part: 'classification' } });
  }
}

function checkItems(e: CheckedEntry, ctx: QualityContext, out: QualityIssue[]): void {
  const seen = new Map<string, number>();
  const basicRule = ctx.profile.basicDatabasesUnconditional !== undefined && basicDatabaseOf(e) !== undefined;
  e.items.forEach((item, i) => {
    const at = (f: string) => `items.${i}.${f}`;
    const share = item.shareType ?? e.shareType;
    const open = item.openType ?? e.openType;
    const k = nameKey(item.name);
    if (seen.has(k)) out.push({ code: 'duplicateItem', severity: 'warning', path: at('name'), params: { other: (seen.get(k) ?? 0) + 1 } });
    else seen.set(k, i);
    if (share === 'none' && open !== 'none') out.push({ code: 'itemNotSharedButOpen', severity: 'error', path: at('openType') });
    if (item.shareType === 'conditional' && !item.shareCondition) out.push({ code: 'conditionMissing', severity: 'error', path: at('shareCondition') });
    if (item.shareType === 'none' && !item.shareCondition) out.push({ code: 'legalBasisMissing', severity: 'error', path: at('shareCondition') });

    const detected = detectSensitive(item);
    if (detected && !item.sensitive) {
      out.push({ code: 'sensitiveItem', severity: 'warning', path: at('sensitive'), params: { kind: detected } });
    }
    if (item.sensitive || detected) {
      // A basic database's items are shared unconditionally by rule: no advice to the contrary.
      if ((share === 'unconditional' && !basicRule) || open === 'unconditional') out.push({ code: 'sensitiveExposed', severity: 'warning', path: at('shareType') });
      if (!item.desensitisation) out.push({ code: 'desensitisationMissing', severity: 'warning', path: at('desensitisation') });
    }

    if (ctx.sharedItems) {
      const providers = alreadyProvidedBy(item.name, ctx.sharedItems, { departmentCode: ctx.departmentCode, departmentName: ctx.departmentName });
      const first = providers[0];
      if (first) {
        out.push({
          code: providers.length > 1 ? 'alreadyProvidedMore' : 'alreadyProvided',
          severity: 'warning',
          path: at('name'),
          params: { provider: first.provider, entry: first.entryName, more: providers.length - 1 },
        });
      }
    }
  });
}

/**
 * Checks input that may not even parse (a wizard draft, an imported row): schema problems come
 * back as errors with their `validation.*` code, and the checks above run when it does parse.
 */
export function checkDraft(raw: unknown, ctx: QualityContext): QualityIssue[] {
  const parsed = entryInputSchema.safeParse(raw);
  if (!parsed.success) {
    return issuesFromZod(parsed.error).map((i) => ({ code: i.code, severity: 'error' as const, path: i.path }));
  }
  const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  return checkEntry({ ...parsed.data, ...(id ? { id } : {}) }, ctx);
}
