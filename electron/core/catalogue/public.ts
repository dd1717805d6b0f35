// What other features may use of the catalogue: reading entries and saving them as one user
// action (the spreadsheet import and its diff), bringing change deadlines up to date after a
// new calendar, and reading them. Everything else in catalogue/ is its own.
export { allEntries, createEntries, getEntry, updateEntry, type SaveOptions } from './repository';
export { recomputeCatalogueDeadlines } from './deadline-handlers';
// The annual report states each change of the year and whether it was made in time.
export { changeDeadlines, type ChangeDeadlines } from './change-deadlines';
