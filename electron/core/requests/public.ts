// What other features may use of requests: the entity name attachments and the audit log use,
// and the request environment objections act through (the platform's changes applied first).
export { REQUEST_ENTITY } from './repository';
export { requestEnv } from './env';
