import { createWithLifecycle, declareSeasonal, decideWithRenewal } from './authorisations';
import { retireEntry, submitEntry } from './catalogue';
import { acknowledgeObjection, answerObjection, confirmObjection, raiseObjection, reopenObjection, requestObjectionExtension } from './objections';
import { cancelRequest, deliverRequest, escalateRequest, renewRequest, revokeRequest, stateOnRequest } from './requests';
import type { OperationKind } from '@shared/protocol/index';
import type { OpHandlers } from './types';
import { reportDataUpdate, reportZeroUpdate } from './zero-updates';
import { answerNotice } from './evaluation-notices';
import { submitDemandList, submitOpenList, submitResponsibilityList } from './lists';

/** The platform's effect of each registered operation kind (shared/protocol/operations.ts). */
export const OP_HANDLERS: OpHandlers = {
  'catalogue.submit': submitEntry,
  'catalogue.retire': retireEntry,
  'request.create': createWithLifecycle,
  'request.cancel': cancelRequest,
  'request.renew': renewRequest,
  'request.decide': decideWithRenewal,
  'request.deliver': deliverRequest,
  'request.revoke': revokeRequest,
  'request.escalate': escalateRequest,
  'request.statement': stateOnRequest,
  'request.declareSeasonal': declareSeasonal,
  'objection.raise': raiseObjection,
  'objection.acknowledge': acknowledgeObjection,
  'objection.requestExtension': requestObjectionExtension,
  'objection.answer': answerObjection,
  'objection.confirm': confirmObjection,
  'objection.reopen': reopenObjection,
  'zeroUpdate.report': reportZeroUpdate,
  'dataUpdate.report': reportDataUpdate,
  'notice.answer': answerNotice,
  'demandList.submit': submitDemandList,
  'responsibilityList.submit': submitResponsibilityList,
  'openList.submit': submitOpenList,
};

/**
 * Kinds whose handler writes with one statement, after every check that may refuse it: a refusal
 * leaves nothing to undo, so the batch's savepoint need not be moved around them (push.ts).
 */
export const SINGLE_WRITE: ReadonlySet<OperationKind> = new Set(['catalogue.submit', 'zeroUpdate.report']);
