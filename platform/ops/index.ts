import { retireEntry, submitEntry } from './catalogue';
import { answerObjection, raiseObjection } from './objections';
import { cancelRequest, createRequest, decideRequest, renewRequest } from './requests';
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
  'objection.raise': raiseObjection,
  'objection.answer': answerObjection,
  'zeroUpdate.report': reportZeroUpdate,
};
