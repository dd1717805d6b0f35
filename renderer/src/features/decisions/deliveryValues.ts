import { requestChannels } from '@shared/ipc/channels/requests';
import type { Input } from '@shared/ipc/contract';
import { DELIVERY_DETAIL, type DeliveryMethod } from '@shared/protocol/records';
import { schemaIssues, type FieldIssue } from '../../form/issues';

/** The delivery form as the provider fills it; empty strings are fields left blank. */
export interface DeliveryFormValues {
  method: DeliveryMethod;
  url: string;
  viewName: string;
  database: string;
  location: string;
  note: string;
}

export function newDeliveryValues(): DeliveryFormValues {
  return { method: 'interface', url: '', viewName: '', database: '', location: '', note: '' };
}

/** What `requests.deliver` receives: the chosen method's details only, blanks left out. */
export function toDeliveryInput(id: string, v: DeliveryFormValues): Input<'requests.deliver'> {
  const keep = new Set<string>([DELIVERY_DETAIL[v.method], 'note', ...(v.method === 'databaseView' ? ['database'] : [])]);
  const details = Object.fromEntries(
    (['url', 'viewName', 'database', 'location', 'note'] as const).filter((k) => keep.has(k) && v[k].trim()).map((k) => [k, v[k].trim()]),
  );
  return { id, method: v.method, ...details };
}

/** Live validation with the channel's own schema, as the core validates. */
export function deliveryIssues(v: DeliveryFormValues): FieldIssue[] {
  return schemaIssues(requestChannels['requests.deliver'].input, toDeliveryInput('form', v));
}
