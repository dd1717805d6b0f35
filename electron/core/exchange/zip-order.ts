/**
 * exceljs's streaming reader parses a worksheet as it meets it only once it has read the shared
 * strings and the workbook's relations; a sheet met before them is copied to a temporary file and
 * read back after the last member. Writers, exceljs included, often put the sheets first: the
 * whole sheet then goes through the disk (6 MB of XML for 10,000 rows, ~50 ms, and the officer's
 * data in a temporary file). Moving those sheets' records to the end of the zip gives exceljs the
 * same members in the order it would have read them anyway, without the copy.
 */

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
/** exceljs's own tests (workbook-reader.js), on the names of the local records it reads. */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

interface Member {
  name: string;
  /** The name in the local record; the central directory record; where the local record starts and ends. */
  central: Buffer;
  start: number;
  end: number;
}

function members(bytes: Buffer): { list: Member[]; eocd: number; directory: number } | undefined {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  // A ZIP64 locator sits just before the record: such archives keep their layout.
  if (eocd < 0 || (eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR)) return undefined;
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  // Split archives and ZIP64 (0xFFFF / 0xFFFFFFFF placeholders) are left as they are.
  if (bytes.readUInt16LE(eocd + 4) !== 0 || bytes.readUInt16LE(eocd + 6) !== 0 || count === 0xffff || offset === 0xffffffff) return undefined;
  const directory = offset;
  const list: Member[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ZIP_CENTRAL) return undefined;
    const flags = bytes.readUInt16LE(offset + 8);
    const packed = bytes.readUInt32LE(offset + 20);
    const local = bytes.readUInt32LE(offset + 42);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const length = 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    // Encrypted members, sizes after the data (bit 3) and ZIP64 sizes: not ours to move.
    if (flags & 0x9 || packed === 0xffffffff || local === 0xffffffff) return undefined;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== ZIP_LOCAL) return undefined;
    const localName = bytes.readUInt16LE(local + 26);
    const end = local + 30 + localName + bytes.readUInt16LE(local + 28) + packed;
    if (end > bytes.length || offset + length > bytes.length) return undefined;
    const name = bytes.toString('utf8', local + 30, local + 30 + localName);
    list.push({ name, central: bytes.subarray(offset, offset + length), start: local, end });
    offset += length;
  }
  return { list, eocd, directory };
}

/**
 * The same zip with the worksheets exceljs would put off (those before both the shared strings and
 * the relations) moved, in their order, after every other member; the bytes as they are when none
 * is, or when the zip is not a plain one this can rewrite. Records are copied byte for byte; only
 * their offsets change, so exceljs reads the same members in the same order as it would have.
 */
export function worksheetsLast(bytes: Buffer): Buffer {
  const found = members(bytes);
  if (!found) return bytes;
  // The streaming reader meets the records in file order. Only records that tile the bytes
  // before the directory exactly are moved: no gap, overlap or unlisted record to read otherwise.
  const inFile = [...found.list].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const m of inFile) {
    if (m.start !== at) return bytes;
    at = m.end;
  }
  if (at !== found.directory) return bytes;
  const kept: Member[] = [];
  const putOff: Member[] = [];
  let strings = false;
  let rels = false;
  for (const m of inFile) {
    if (m.name === SHARED_STRINGS) strings = true;
    else if (m.name === WORKBOOK_RELS) rels = true;
    else if (WORKSHEET.test(m.name) && !(strings && rels)) {
      putOff.push(m);
      continue;
    }
    kept.push(m);
  }
  if (putOff.length === 0) return bytes;
  const ordered = [...kept, ...putOff];
  const tail = bytes.length - found.eocd;
  const out = Buffer.allocUnsafe(ordered.reduce((n, m) => n + (m.end - m.start) + m.central.length, tail));
  const offsets: number[] = [];
  let pos = 0;
  for (const m of ordered) {
    offsets.push(pos);
    pos += bytes.copy(out, pos, m.start, m.end);
  }
  const directory = pos;
  ordered.forEach((m, i) => {
    m.central.copy(out, pos);
    out.writeUInt32LE(offsets[i] as number, pos + 42);
    pos += m.central.length;
  });
  const eocd = pos;
  bytes.copy(out, eocd, found.eocd);
  out.writeUInt32LE(eocd - directory, eocd + 12);
  out.writeUInt32LE(directory, eocd + 16);
  return out;
}
