import { requestFieldsSchema, type RequestFieldsInput } from '@shared/domain/request';
import type { Demand } from '@shared/domain/demand';
import type { RequestView } from '@shared/ipc/channels/requests';
import { schemaIssues, type FieldIssue } from '../../form/issues';

/** The form's values: what antd controls hold (a cleared select is undefined). */
export type RequestFormValues = Omit<RequestFieldsInput, 'shareMethod' | 'basisKind'> & {
  shareMethod?: RequestFieldsInput['shareMethod'];
  basisKind?: RequestFieldsInput['basisKind'];
};

/** Live validation with the very schema the core applies. */
export function requestIssues(v: RequestFormValues): FieldIssue[] {
  return schemaIssues(requestFieldsSchema, { ...v, items: v.items ?? [] });
}

/** What a demand already says about the need (legal basis, scenario, method, contact). */
export type RequestPrefill = Partial<Pick<Demand, 'basisKind' | 'basisText' | 'scenario' | 'shareMethod' | 'contactName' | 'contactPhone' | 'description'>>;

/** A new request: the items chosen in the basket, a one-year period from today, and what a demand gives. */
export function newRequestValues(today: string, items: readonly string[], prefill: RequestPrefill = {}): RequestFormValues {
  const to = `${Number(today.slice(0, 4)) + 1}${today.slice(4, 10)}`;
  return {
    items: [...items],
    purpose: prefill.description ?? '',
    scenario: prefill.scenario ?? '',
    basisKind: prefill.basisKind ?? 'law',
    basisText: prefill.basisText ?? '',
    ...(prefill.shareMethod ? { shareMethod: prefill.shareMethod } : {}),
    periodFrom: today,
    // 29 February has no anniversary: the day before it.
    periodTo: to.endsWith('-02-29') ? `${to.slice(0, 8)}28` : to,
    contactName: prefill.contactName ?? '',
    contactPhone: prefill.contactPhone ?? '',
  };
}

/** A stored draft's fields back into the form. */
export function requestToValues(r: RequestView): RequestFormValues {
  const parsed = requestFieldsSchema.safeParse(r.fields);
  // Fields stored before a schema change may no longer parse: show what is there and let validation say the rest.
  return parsed.success ? parsed.data : { items: [], purpose: '', scenario: '', basisText: '', periodFrom: '', periodTo: '', contactName: '', contactPhone: '', ...(r.fields as Partial<RequestFormValues>) };
}
