// What other features may use of objections: the entity name attachments and the audit log use.
export { OBJECTION_ENTITY } from './repository';
