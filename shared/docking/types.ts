import type { DataItemType } from '../domain/enums';

/** One data item read from a table structure; `nameEn` keeps the column (technical) name. */
export interface DockedItem {
  table: string;
  name: string;
  nameEn: string;
  type: DataItemType;
  length?: string;
  isKey?: true;
}

/** A line that could not be read: 1-based line number, a code under catalogue.docking, the text. */
export interface DockingProblem {
  line: number;
  code: string;
  text: string;
  params?: Record<string, string>;
}

export interface DockingResult {
  items: DockedItem[];
  problems: DockingProblem[];
}

/** Item names are at most 100 characters (dataItemSchema); longer comments are cut. */
export const MAX_ITEM_NAME = 100;

export function itemName(comment: string | undefined, column: string): string {
  const text = (comment ?? '').replace(/\s+/g, ' ').trim();
  return (text || column).slice(0, MAX_ITEM_NAME);
}
