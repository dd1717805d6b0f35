import { retireEntry, submitEntry } from './catalogue';
import { acknowledgeObjection, answerObjection, concludeObjection, raiseObjection } from './objections';
import { cancelRequest, createRequest, decideRequest, escalateRequest, renewRequest, revokeRequest } from './requests';
import type { OpHandlers } from './types';
import { reportZeroUpdate } from './zero-updates';

/** The platform's effect of each registered operation kind (shared/protocol/operations.ts). */
export const OP_HANDLERS: OpHandlers = {
  'catalogue.submit': submitEntry,
  'catalogue.retire': retireEntry,
  'request.create': createRequest,
  'request.cancel': cancelRequest,
  'request.renew': renewRequest,
  'request.decide': decideRequest,
  'request.revoke': revokeRequest,
  'request.escalate': escalateRequest,
  'objection.raise': raiseObjection,
  'objection.answer': answerObjection,
  'objection.acknowledge': acknowledgeObjection,
  'objection.conclude': concludeObjection,
  'zeroUpdate.report': reportZeroUpdate,
};
