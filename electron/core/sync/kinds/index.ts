import type { OperationKind } from '@shared/protocol/index';
import { catalogueSubmit } from './catalogue';
import { objectionAcknowledge, objectionAnswer, objectionConfirm, objectionRaise, objectionReopen, objectionRequestExtension } from './objections';
import { requestCancel, requestCreate, requestDecide, requestEscalate, requestRenew, requestRevoke } from './requests';
import type { KindEffects } from './types';

export type { KindEffects, KindOp, EffectMeta, StoredConflict } from './types';

/**
 * The operation kind registry, client side: each feature plugs in its kinds' effects here (the
 * payload schemas are in shared/protocol/operations.ts). A kind without an entry is still pushed;
 * its answers are stored and its conflicts kept, with no further local effect.
 */
export const KIND_EFFECTS: Partial<Record<OperationKind, KindEffects>> = {
  'catalogue.submit': catalogueSubmit,
  'request.create': requestCreate,
  'request.cancel': requestCancel,
  'request.renew': requestRenew,
  'request.decide': requestDecide,
  'request.revoke': requestRevoke,
  'request.escalate': requestEscalate,
  'objection.raise': objectionRaise,
  'objection.acknowledge': objectionAcknowledge,
  'objection.requestExtension': objectionRequestExtension,
  'objection.answer': objectionAnswer,
  'objection.confirm': objectionConfirm,
  'objection.reopen': objectionReopen,
};

export function effectsOf(kind: string): KindEffects {
  return (KIND_EFFECTS as Record<string, KindEffects | undefined>)[kind] ?? {};
}
