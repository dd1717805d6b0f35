// What other features may use of the catalogue: reading entries and saving them as one user
// action (the spreadsheet import and its diff), and bringing change deadlines up to date after a
// new calendar. Everything else in catalogue/ is its own.
export { allEntries, createEntries, getEntry, updateEntry, type SaveOptions } from './repository';
export { recomputeCatalogueDeadlines } from './deadline-handlers';
