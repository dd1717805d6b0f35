// What other features may use of the shared catalogue: one cached shared entry by id (requests,
// objections and search read the entry they concern). Everything else in shared-catalogue/ is its own.
export { getSharedEntry } from './repository';
