// What other features may use of notices: the entity name attachments and the audit log use.
export { NOTICE_ENTITY } from './repository';
