// What other features may use of the open-data catalogue: its rows, to report and export them (lists/).
export { openListRows, openRows } from './repository';
