import { z } from 'zod';
import { API_BASE, timestampSchema, withServerTime } from './common';
import { loginRequestSchema, loginResponseSchema, logoutResponseSchema, meResponseSchema } from './auth';
import { attachmentParamsSchema, attachmentUploadResponseSchema } from './attachments';
import { pullQuerySchema, pullResponseSchema, pushRequestSchema, pushResponseSchema } from './sync';
import {
  approveEntryRequestSchema,
  approveEntryResponseSchema,
  decideRequestRequestSchema,
  deliverRequestRequestSchema,
  requestResponseSchema,
  returnEntryRequestSchema,
  ruleRequestRequestSchema,
  returnEntryResponseSchema,
  reviewEntriesQuerySchema,
  reviewEntriesResponseSchema,
  reviewEntryResponseSchema,
  reviewIdParamsSchema,
  reviewRequestsQuerySchema,
  reviewRequestsResponseSchema,
} from './review';
import {
  authorisationIdParamsSchema,
  liftSuspensionRequestSchema,
  recordUsageRequestSchema,
  recordUsageResponseSchema,
  registerScenarioRequestSchema,
  scenarioIdParamsSchema,
  scenarioResponseSchema,
  scenariosQuerySchema,
  scenariosResponseSchema,
  suspendRequestSchema,
} from './authorisations';
import {
  concludeNoticeRequestSchema,
  fileReportRequestSchema,
  fileReportResponseSchema,
  issueNoticeRequestSchema,
  metricsQuerySchema,
  metricsResponseSchema,
  noticeIdParamsSchema,
  noticeResponseSchema,
  noticesQuerySchema,
  noticesResponseSchema,
  observationsRequestSchema,
  observationsResponseSchema,
  rankingsQuerySchema,
  rankingsResponseSchema,
  reportFilingsQuerySchema,
  reportFilingsResponseSchema,
} from './evaluation';
import {
  acceptListRequestSchema,
  answerEvaluationRequestSchema,
  evaluationParamsSchema,
  listIdParamsSchema,
  listResponseSchema,
  returnListRequestSchema,
  reviewListsQuerySchema,
  reviewListsResponseSchema,
} from './lists';

/**
 * Every endpoint of the protocol, once: method, path, who may call it and the schemas of its
 * parts. The platform registers its routes from this table and the OpenAPI document is generated
 * from it, so neither can drift from the other.
 */
export type Access = 'public' | 'officer' | 'reviewer' | 'signedIn';

export interface EndpointDef {
  method: 'GET' | 'POST' | 'PUT';
  /** Path under API_BASE, Fastify style (`/review/entries/:id`). */
  path: string;
  access: Access;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body, or `binary` for raw bytes (attachments). */
  body?: z.ZodType | 'binary';
  /** A JSON answer, or `binary` for raw bytes. */
  response: z.ZodType | 'binary';
}

const def = <T extends EndpointDef>(d: T) => d;

export const healthResponseSchema = withServerTime({ ok: z.literal(true), protocolVersion: z.number().int(), startedAt: timestampSchema });

export const ENDPOINTS = {
  health: def({ method: 'GET', path: '/health', access: 'public', summary: 'Reachability, protocol version and server time', response: healthResponseSchema }),
  login: def({ method: 'POST', path: '/auth/login', access: 'public', summary: 'Password sign-in; returns a bearer token with its expiry', body: loginRequestSchema, response: loginResponseSchema }),
  logout: def({ method: 'POST', path: '/auth/logout', access: 'signedIn', summary: 'Revoke the current token', response: logoutResponseSchema }),
  me: def({ method: 'GET', path: '/auth/me', access: 'signedIn', summary: 'The account behind the token', response: meResponseSchema }),
  push: def({ method: 'POST', path: '/sync/push', access: 'officer', summary: 'Apply a batch of outbox operations in order, idempotently by opId', body: pushRequestSchema, response: pushResponseSchema }),
  pull: def({ method: 'GET', path: '/sync/pull', access: 'signedIn', summary: "This department's change feed after a cursor", query: pullQuerySchema, response: pullResponseSchema }),
  uploadAttachment: def({ method: 'PUT', path: '/attachments/:sha256', access: 'officer', summary: 'Upload bytes whose sha256 is the path (application/octet-stream)', params: attachmentParamsSchema, body: 'binary', response: attachmentUploadResponseSchema }),
  downloadAttachment: def({ method: 'GET', path: '/attachments/:sha256', access: 'signedIn', summary: 'Download an attachment this account may see', params: attachmentParamsSchema, response: 'binary' }),
  reviewEntries: def({ method: 'GET', path: '/review/entries', access: 'reviewer', summary: 'Catalogue entries by review state (default: submitted)', query: reviewEntriesQuerySchema, response: reviewEntriesResponseSchema }),
  reviewEntry: def({ method: 'GET', path: '/review/entries/:id', access: 'reviewer', summary: 'One submitted catalogue entry', params: reviewIdParamsSchema, response: reviewEntryResponseSchema }),
  approveEntry: def({ method: 'POST', path: '/review/entries/:id/approve', access: 'reviewer', summary: 'Approve: publish into the shared catalogue', params: reviewIdParamsSchema, body: approveEntryRequestSchema, response: approveEntryResponseSchema }),
  returnEntry: def({ method: 'POST', path: '/review/entries/:id/return', access: 'reviewer', summary: 'Return to the department with comments per field', params: reviewIdParamsSchema, body: returnEntryRequestSchema, response: returnEntryResponseSchema }),
  reviewRequests: def({ method: 'GET', path: '/review/requests', access: 'reviewer', summary: 'Share requests by state (default: unconditional ones awaiting the platform)', query: reviewRequestsQuerySchema, response: reviewRequestsResponseSchema }),
  decideRequest: def({ method: 'POST', path: '/review/requests/:id/decide', access: 'reviewer', summary: 'Approve or reject an unconditional request', params: reviewIdParamsSchema, body: decideRequestRequestSchema, response: requestResponseSchema }),
  ruleRequest: def({ method: 'POST', path: '/review/requests/:id/rule', access: 'reviewer', summary: 'Rule on an escalated request as the authority: uphold the refusal or order the provider to share', params: reviewIdParamsSchema, body: ruleRequestRequestSchema, response: requestResponseSchema }),
  deliverRequest: def({ method: 'POST', path: '/review/requests/:id/deliver', access: 'reviewer', summary: 'Record delivery of an approved request', params: reviewIdParamsSchema, body: deliverRequestRequestSchema, response: requestResponseSchema }),
  suspendAuthorisation: def({ method: 'POST', path: '/review/authorisations/:id/suspend', access: 'reviewer', summary: 'The authority suspends an authorisation for misuse, with its reason', params: authorisationIdParamsSchema, body: suspendRequestSchema, response: requestResponseSchema }),
  liftSuspension: def({ method: 'POST', path: '/review/authorisations/:id/lift', access: 'reviewer', summary: 'The authority lifts its suspension of an authorisation', params: authorisationIdParamsSchema, body: liftSuspensionRequestSchema, response: requestResponseSchema }),
  recordUsage: def({ method: 'POST', path: '/authorisations/:id/usage', access: 'signedIn', summary: "Record an authorisation's calls per day (the provider's gateway or the reviewer)", params: authorisationIdParamsSchema, body: recordUsageRequestSchema, response: recordUsageResponseSchema }),
  registerScenario: def({ method: 'POST', path: '/review/scenarios', access: 'reviewer', summary: 'Register an application scenario for scenario-based grants', body: registerScenarioRequestSchema, response: scenarioResponseSchema }),
  withdrawScenario: def({ method: 'POST', path: '/review/scenarios/:id/withdraw', access: 'reviewer', summary: 'Withdraw a scenario: no further grants under it', params: scenarioIdParamsSchema, response: scenarioResponseSchema }),
  listScenarios: def({ method: 'GET', path: '/scenarios', access: 'signedIn', summary: 'Registered scenarios (a department sees those that cover it)', query: scenariosQuerySchema, response: scenariosResponseSchema }),
  // Evaluation (docs/evaluation.md)
  metrics: def({ method: 'GET', path: '/evaluation/metrics', access: 'signedIn', summary: "Metrics of published resources over a period: an officer's own department, any department for a reviewer", query: metricsQuerySchema, response: metricsResponseSchema }),
  rankings: def({ method: 'GET', path: '/evaluation/rankings', access: 'signedIn', summary: 'The published ranking of departments by score over a period', query: rankingsQuerySchema, response: rankingsResponseSchema }),
  recordObservations: def({ method: 'POST', path: '/evaluation/observations', access: 'reviewer', summary: "Record availability checks, calls per using department and reported volumes", body: observationsRequestSchema, response: observationsResponseSchema }),
  notices: def({ method: 'GET', path: '/evaluation/notices', access: 'signedIn', summary: "Anomaly notices: an officer's own department's, every one for a reviewer", query: noticesQuerySchema, response: noticesResponseSchema }),
  issueNotice: def({ method: 'POST', path: '/evaluation/notices', access: 'reviewer', summary: 'Issue an anomaly notice on a published resource (异常通报)', body: issueNoticeRequestSchema, response: noticeResponseSchema }),
  acceptNotice: def({ method: 'POST', path: '/evaluation/notices/:id/accept', access: 'reviewer', summary: "Accept the department's rectification", params: noticeIdParamsSchema, body: concludeNoticeRequestSchema, response: noticeResponseSchema }),
  reopenNotice: def({ method: 'POST', path: '/evaluation/notices/:id/reopen', access: 'reviewer', summary: 'Reopen a notice: a new answer is owed', params: noticeIdParamsSchema, body: concludeNoticeRequestSchema, response: noticeResponseSchema }),
  fileReport: def({ method: 'POST', path: '/evaluation/reports', access: 'officer', summary: "File the department's annual data-management report (uploaded first as an attachment)", body: fileReportRequestSchema, response: fileReportResponseSchema }),
  reportFilings: def({ method: 'GET', path: '/evaluation/reports', access: 'signedIn', summary: "Who has filed the year's report: every department for a reviewer, its own for an officer", query: reportFilingsQuerySchema, response: reportFilingsResponseSchema }),
  // Lists reported to the authority (docs/demands.md)
  reviewLists: def({ method: 'GET', path: '/review/lists', access: 'reviewer', summary: 'List submissions (demand, responsibility, open-data) by review state, with their rows', query: reviewListsQuerySchema, response: reviewListsResponseSchema }),
  acceptList: def({ method: 'POST', path: '/review/lists/:id/accept', access: 'reviewer', summary: 'Accept a submitted list', params: listIdParamsSchema, body: acceptListRequestSchema, response: listResponseSchema }),
  returnList: def({ method: 'POST', path: '/review/lists/:id/return', access: 'reviewer', summary: 'Return a submitted list with comments per row', params: listIdParamsSchema, body: returnListRequestSchema, response: listResponseSchema }),
  answerEvaluation: def({ method: 'POST', path: '/review/lists/:id/evaluations/:demandId/answer', access: 'reviewer', summary: "Answer a demand the platform could not match to a published entry (the authority's evaluation)", params: evaluationParamsSchema, body: answerEvaluationRequestSchema, response: listResponseSchema }),
} as const satisfies Record<string, EndpointDef>;

export type EndpointName = keyof typeof ENDPOINTS;

/** The full path of an endpoint, with `:params` filled in. */
export function endpointPath(name: EndpointName, params: Record<string, string> = {}): string {
  return API_BASE + ENDPOINTS[name].path.replace(/:(\w+)/g, (_, p: string) => encodeURIComponent(params[p] ?? ''));
}
