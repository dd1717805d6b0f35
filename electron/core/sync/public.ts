// What features may use of sync (docs/architecture.md): queue an operation in the feature's own
// transaction, read and keep the platform's revision of an entity, register what the feature sends
// and receives, and relay a reviewer's call through the engine. The rest of sync/ is its own.
export { enqueue, hasPendingOp, platformRevision, setPlatformRevision, setPlatformRevisions } from './outbox';
export { differingFields } from './registry';
export type { ApplyMeta, ChangeRegistration, EffectMeta, KindEffects, KindOp, OperationRegistration, StoredConflict, SyncRegistration } from './registry';
export { MassDelete } from './pull';
export type { SyncEngine } from './engine';
