import { parseColumnsCsv } from './csv';
import { parseDdl } from './ddl';
import type { DockingResult } from './types';

export * from './types';
export { parseDdl } from './ddl';
export { parseColumnsCsv } from './csv';
export { mapSqlType } from './sql-types';
export { dockedDifference, type DockedDifference } from './difference';

/** Items from a table structure, as a SQL script or a CSV of columns. */
export function itemsFromTableStructure(text: string, format: 'sql' | 'csv'): DockingResult {
  return format === 'sql' ? parseDdl(text) : parseColumnsCsv(text);
}
