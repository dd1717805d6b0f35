// What other features may use of objections: the entity name attachments and the audit log use,
// and applying an objection change the platform sent (the inbox of request changes carries them).
export { OBJECTION_ENTITY } from './repository';
export { applyObjectionUpdate } from './inbox';
