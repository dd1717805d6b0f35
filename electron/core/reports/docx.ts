import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { reportSections } from './sections';

/** The report as an editable Word document (.docx): headings, one two-column table per section. */
export async function reportDocx(r: ReturnType<typeof reportSections>): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(r.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(r.subtitle)] }),
  ];
  if (r.notice) children.push(new Paragraph({ children: [new TextRun({ text: r.notice, bold: true })] }));
  for (const s of r.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.title)] }));
    if (s.text !== undefined) {
      for (const line of s.text.split('\n')) children.push(new Paragraph({ children: [new TextRun(line)] }));
      continue;
    }
    if (s.none) {
      children.push(new Paragraph({ children: [new TextRun(s.none)] }));
      continue;
    }
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: s.rows.map(
          ([label, value]) =>
            new TableRow({
              children: [
                new TableCell({ width: { size: 60, type: WidthType.PERCENTAGE }, children: [new Paragraph(label)] }),
                new TableCell({ width: { size: 40, type: WidthType.PERCENTAGE }, children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(value)] })] }),
              ],
            }),
        ),
      }),
    );
  }
  const doc = new Document({ creator: 'Catalogue Workbench', title: r.title, styles: { default: { document: { run: { font: 'SimSun', size: 24 } } } }, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
