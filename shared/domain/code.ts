import {
  classificationCode,
  parseClassificationCode,
  type Classification,
  type ClassificationScheme,
} from './classification';

/**
 * 信息资源代码 (1272 guideline: 分类码 + 顺序码): classification code + provider code + 顺序码, stored in parts and
 * rendered by the profile's format. The separator and the digits are not fixed by the
 * guideline, so they are profile data; codes of unusual shape are flagged, never rejected.
 */

export interface CodeFormat {
  /** Between the parts, e.g. `/`. */
  separator: string;
  /** Digits of an automatically numbered 顺序码 (zero-padded). */
  sequenceDigits: number;
  /** Length of the provider part: an 18-character 统一社会信用代码 in current templates. */
  providerLength: number;
}

export const DEFAULT_CODE_FORMAT: CodeFormat = { separator: '/', sequenceDigits: 6, providerLength: 18 };

export interface CodeParts {
  classification?: Classification;
  providerCode?: string;
  /** The 顺序码 as text: imported codes may carry letters or another width. */
  sequence: string;
}

export function sequenceText(n: number, format: CodeFormat): string {
  return String(n).padStart(format.sequenceDigits, '0');
}

export function renderCode(parts: CodeParts, format: CodeFormat): string {
  const cls = parts.classification ? classificationCode(parts.classification) : '';
  return [cls, parts.providerCode ?? '', parts.sequence].filter((p) => p !== '').join(format.separator);
}

/** Full-width to half-width, no spaces, upper case: how codes pasted from documents are compared. */
export function normaliseResourceCode(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export type CodeOddity = 'sequenceLength' | 'providerLength' | 'classification' | 'shape';

export interface ParsedCode extends CodeParts {
  /** The normalised text the parts came from. */
  text: string;
  /** Why the code looks unusual; empty when it has the profile's shape. A list to confirm, not an error. */
  oddities: CodeOddity[];
}

/**
 * Reads a rendered code back into parts (the Excel import needs this). Accepts
 * `class/provider/sequence`, `provider/sequence` and `class/sequence`; anything else keeps its
 * text as the 顺序码 and is marked `shape`.
 */
export function parseCode(raw: string, format: CodeFormat, scheme: ClassificationScheme): ParsedCode {
  const text = normaliseResourceCode(raw);
  const segments = text.split(format.separator).filter((s) => s !== '');
  const oddities = new Set<CodeOddity>();
  const out: ParsedCode = { text, sequence: '', oddities: [] };
  const looksLikeProvider = (s: string) => s.length === format.providerLength;
  if (segments.length === 3) {
    const [cls, provider, seq] = segments as [string, string, string];
    const c = parseClassificationCode(scheme, cls);
    if (c) out.classification = c;
    else oddities.add('classification');
    out.providerCode = provider;
    out.sequence = seq;
  } else if (segments.length === 2) {
    const [first, seq] = segments as [string, string];
    const c = looksLikeProvider(first) ? undefined : parseClassificationCode(scheme, first);
    if (c) out.classification = c;
    else out.providerCode = first;
    out.sequence = seq;
  } else {
    out.sequence = text;
    oddities.add('shape');
  }
  if (out.providerCode !== undefined && !looksLikeProvider(out.providerCode)) oddities.add('providerLength');
  if (out.sequence && !oddities.has('shape') && out.sequence.length !== format.sequenceDigits) oddities.add('sequenceLength');
  out.oddities = [...oddities];
  return out;
}

/** What is unusual about stored parts (the same rules as `parseCode`), for the quality checks. */
export function codeOddities(parts: CodeParts, format: CodeFormat, scheme: ClassificationScheme): CodeOddity[] {
  return parseCode(renderCode(parts, format), format, scheme).oddities;
}
