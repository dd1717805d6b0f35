import type ExcelJS from 'exceljs';
import { columnLetter, type Target } from '@shared/exchange/columns';
import { FORMAT_CLASS_VOCAB, SHARE_METHOD_TYPE_VOCAB, labelOfValue, type Vocabulary } from '@shared/exchange/vocabulary';
import { ALLOWED_SHARE_METHOD_TYPES, FORMAT_TYPES, type FormatClass } from '@shared/domain/enums';

/** The hidden sheet holding the dropdown lists; an ASCII name needs no quoting in formulas. */
export const LISTS_SHEET = 'Lists';

/**
 * Columns whose choices depend on the row's format class (format types per class; a
 * file resource is shared as a file, a database as a database or an interface). Each class label
 * gets a named list `prefix + label`, and the column's validation is `INDIRECT(prefix & class
 * cell)` — the cascade Excel and WPS both support. A blank class gives the bare prefix, which
 * names the whole list.
 */
export const LINKED_TO_FORMAT_CLASS: Partial<Record<Target, { prefix: string; options: (c: FormatClass) => readonly string[] }>> = {
  'entry.formatType': { prefix: 'FT_', options: (c) => FORMAT_TYPES[c] },
  'entry.shareMethodType': { prefix: 'SM_', options: (c) => ALLOWED_SHARE_METHOD_TYPES[c].map((v) => labelOfValue(SHARE_METHOD_TYPE_VOCAB, v)) },
};

/** What Excel accepts as a defined name here: letters (CJK included), digits, `_` and `.`. */
const NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;

/** The columns of the lists sheet and the names over them, shared by every sheet; written last. */
export class Lists {
  private readonly columns: string[][] = [];
  private readonly byVocab = new Map<Vocabulary, string>();
  private readonly names = new Map<string, string>();

  constructor(private readonly label: (vocab: Vocabulary, value: string) => string) {}

  private column(labels: readonly string[]): string {
    const letter = columnLetter(this.columns.length);
    this.columns.push([...labels]);
    return `${LISTS_SHEET}!$${letter}$1:$${letter}$${Math.max(labels.length, 1)}`;
  }

  /** The range listing every label of `vocab`. */
  ref(vocab: Vocabulary): string {
    let ref = this.byVocab.get(vocab);
    if (!ref) {
      ref = this.column(vocab.values.map((v) => this.label(vocab, v)));
      this.byVocab.set(vocab, ref);
    }
    return ref;
  }

  /**
   * The list formula of a column linked to the format class in `classCell` (relative row, e.g.
   * `$E3`): names one list per class label (aliases too, as a typed alias stays in the cell).
   */
  linked(target: Target, vocab: Vocabulary, classCell: string): string | undefined {
    const link = LINKED_TO_FORMAT_CLASS[target];
    if (!link) return undefined;
    if (!this.names.has(link.prefix)) {
      this.names.set(link.prefix, this.ref(vocab));
      for (const cls of FORMAT_CLASS_VOCAB.values) {
        const ref = this.column(link.options(cls));
        for (const l of FORMAT_CLASS_VOCAB.labels[cls]) {
          const name = `${link.prefix}${l}`;
          if (NAME.test(name) && !this.names.has(name)) this.names.set(name, ref);
        }
      }
    }
    return `INDIRECT("${link.prefix}"&${classCell})`;
  }

  write(wb: ExcelJS.Workbook): void {
    const sheet = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
    this.columns.forEach((labels, col) => labels.forEach((l, row) => (sheet.getCell(row + 1, col + 1).value = l)));
    for (const [name, ref] of this.names) wb.definedNames.add(ref, name);
  }
}
