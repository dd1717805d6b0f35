// What other features may use of search: keeping the index in step with the rows they write
// (the shared catalogue unindexes what it drops and classifies what it stores; demands catch the
// shared index up before suggesting). Everything else in search/ is its own.
export { ID_CHUNK, unindexDocs, unindexScope } from './documents';
export { classificationText } from './classification';
export { catchUpShared } from './shared-index';
