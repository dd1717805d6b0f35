/** The platform sync protocol (docs/sync.md): schemas of every request and answer under /api/v1. */
export * from './common';
export * from './errors';
export * from './records';
export * from './authorisations';
export * from './operations';
export * from './changes';
export * from './sync';
export * from './auth';
export * from './attachments';
export * from './review';
export * from './evaluation';
export * from './lists';
export * from './endpoints';
