/**
 * Mutations of a workbook's zip container for the import fuzzer: the members are read from the
 * valid file and written again with the container changed — records truncated, duplicated or out
 * of order, a directory that disagrees with its records, bad CRCs, huge declared sizes, a nested
 * zip, zero-length members. Every case is a file the preview must refuse with a typed error or
 * read as a report, without crashing, without inflating beyond its cap and without writing.
 */
import { crc32, deflateRawSync } from 'node:zlib';

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);

interface Member {
  name: string;
  method: number;
  crc: number;
  compressed: Buffer;
  size: number;
}

/** The members of a zip by its central directory (what a well-formed workbook has). */
export function readMembers(b: Buffer): Member[] {
  const eocd = b.lastIndexOf(Buffer.from('504b0506', 'hex'));
  const count = b.readUInt16LE(eocd + 10);
  const members: Member[] = [];
  for (let n = 0, at = b.readUInt32LE(eocd + 16); n < count; n++) {
    const nameLen = b.readUInt16LE(at + 28);
    const local = b.readUInt32LE(at + 42);
    const csize = b.readUInt32LE(at + 20);
    const dataAt = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    members.push({
      name: b.toString('utf8', at + 46, at + 46 + nameLen),
      method: b.readUInt16LE(at + 10),
      crc: b.readUInt32LE(at + 16),
      compressed: Buffer.from(b.subarray(dataAt, dataAt + csize)),
      size: b.readUInt32LE(at + 24),
    });
    at += 46 + nameLen + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return members;
}

/** What the local header or the directory entry of one member says, when it differs from the truth. */
interface Says {
  name?: string;
  crc?: number;
  csize?: number;
  size?: number;
  method?: number;
}

interface Layout {
  /** Records in file order: a member (by index) and what its local header says. */
  records: { member: number; says?: Says; cut?: number }[];
  /** Directory entries: the record (by position in `records`) each points at, and what it says. */
  directory: { record: number; says?: Says; offset?: number }[];
  /** Entries the end record declares (default: the directory's length). */
  declared?: number;
}

function header(sig: number, central: boolean, m: Member, s: Says = {}, offset = 0): Buffer {
  const name = Buffer.from(s.name ?? m.name, 'utf8');
  const h = Buffer.alloc(central ? 46 : 30);
  h.writeUInt32LE(sig, 0);
  const o = central ? 2 : 0;
  if (central) h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 4 + o);
  h.writeUInt16LE(0x0800, 6 + o); // UTF-8 names
  h.writeUInt16LE(s.method ?? m.method, 8 + o);
  h.writeUInt16LE(0, 10 + o);
  h.writeUInt16LE(0x21, 12 + o);
  h.writeUInt32LE((s.crc ?? m.crc) >>> 0, 14 + o);
  h.writeUInt32LE((s.csize ?? m.compressed.length) >>> 0, 18 + o);
  h.writeUInt32LE((s.size ?? m.size) >>> 0, 22 + o);
  h.writeUInt16LE(name.length, 26 + o);
  if (central) h.writeUInt32LE(offset >>> 0, 42);
  return Buffer.concat([h, name]);
}

/** Writes `members` in `layout` (by default: every member once, listed once, in order). */
export function writeZip(members: Member[], layout?: Layout): Buffer {
  const l: Layout = layout ?? { records: members.map((_, i) => ({ member: i })), directory: members.map((_, i) => ({ record: i })) };
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let pos = 0;
  for (const rec of l.records) {
    const m = members[rec.member]!;
    const data = rec.cut === undefined ? m.compressed : m.compressed.subarray(0, rec.cut);
    const part = Buffer.concat([header(0x04034b50, false, m, rec.says), data]);
    offsets.push(pos);
    parts.push(part);
    pos += part.length;
  }
  const cdStart = pos;
  for (const d of l.directory) {
    const rec = l.records[d.record]!;
    const part = header(0x02014b50, true, members[rec.member]!, d.says, d.offset ?? offsets[d.record] ?? 0);
    parts.push(part);
    pos += part.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(l.declared ?? l.directory.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(l.declared ?? l.directory.length, 0xffff), 10);
  end.writeUInt32LE(pos - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  return Buffer.concat([...parts, end]);
}

function member(name: string, content: Buffer, deflate = true): Member {
  return { name, method: deflate ? 8 : 0, crc: crc32(content), compressed: deflate ? deflateRawSync(content) : content, size: content.length };
}

const plain = (members: Member[]): Layout => ({ records: members.map((_, i) => ({ member: i })), directory: members.map((_, i) => ({ record: i })) });

type ZipMutation = (r: Rand, members: Member[], original: Buffer) => Buffer;

/** A member the reader needs (a worksheet, the workbook or the content types), else any. */
function target(r: Rand, members: Member[]): number {
  const wanted = members.map((m, i) => [m, i] as const).filter(([m]) => /worksheets\/sheet|workbook\.xml$|Content_Types/.test(m.name));
  return wanted.length && r() < 0.8 ? wanted[int(r, wanted.length)]![1] : int(r, members.length);
}

export const ZIP_MUTATIONS: Record<string, ZipMutation> = {
  /** A record's data cut short; the directory still gives its full size (and shifted offsets). */
  truncatedRecord(r, ms) {
    const l = plain(ms);
    const t = target(r, ms);
    l.records[t]!.cut = int(r, ms[t]!.compressed.length);
    return writeZip(ms, l);
  },
  /** The whole file cut inside its directory or its end record. */
  truncatedDirectory(r, _ms, b) {
    const eocd = b.lastIndexOf(Buffer.from('504b0506', 'hex'));
    const cd = b.readUInt32LE(eocd + 16);
    return b.subarray(0, cd + int(r, b.length - cd));
  },
  /** A record written twice; the directory lists one of them. */
  duplicatedRecord(r, ms) {
    const l = plain(ms);
    const t = target(r, ms);
    l.records.splice(int(r, l.records.length + 1), 0, { member: t });
    l.directory = l.records.map((_, i) => ({ record: i })).filter((d) => l.records[d.record]!.member !== t || d.record === l.records.findIndex((x) => x.member === t));
    return writeZip(ms, l);
  },
  /** A record written twice and listed twice. */
  duplicatedListing(r, ms) {
    const l = plain(ms);
    const t = target(r, ms);
    l.records.push({ member: t });
    l.directory.push({ record: l.records.length - 1 });
    return writeZip(ms, l);
  },
  /** Records out of order, the directory still pointing at the old offsets. */
  misorderedRecords(r, ms) {
    const shuffled = ms.map((_, i) => i).sort(() => r() - 0.5);
    const offsets = readOffsets(writeZip(ms));
    return writeZip(ms, { records: shuffled.map((m) => ({ member: m })), directory: ms.map((_, i) => ({ record: shuffled.indexOf(i), offset: offsets[i] })) });
  },
  /** Two directory entries pointing at one record (overlapping members). */
  overlappingMembers(r, ms) {
    const l = plain(ms);
    const a = target(r, ms);
    const other = (a + 1 + int(r, ms.length - 1)) % ms.length;
    l.directory[other] = { record: a, says: { name: ms[other]!.name } };
    return writeZip(ms, l);
  },
  /** A record the directory does not list (a worksheet the streaming reader would inflate). */
  unlistedRecord(r, ms) {
    const l = plain(ms);
    const t = target(r, ms);
    l.directory = l.directory.filter((d) => d.record !== t);
    return writeZip(ms, l);
  },
  /** The directory gives another name, sizes or method than the record's own header. */
  directoryDisagrees(r, ms) {
    const l = plain(ms);
    const t = target(r, ms);
    const m = ms[t]!;
    const says: Says = [{ name: `${m.name}.x` }, { csize: m.compressed.length + 1 + int(r, 100) }, { size: int(r, m.size) }, { method: m.method === 8 ? 0 : 8 }][int(r, 4)]!;
    if (r() < 0.5) l.directory[t]!.says = says;
    else l.records[t]!.says = says;
    return writeZip(ms, l);
  },
  /** The end record declares another number of entries than the directory holds. */
  wrongEntryCount(r, ms) {
    return writeZip(ms, { ...plain(ms), declared: r() < 0.5 ? 0 : ms.length + 1 + int(r, 1000) });
  },
  /** A member whose CRC does not match its data (in the record and the directory alike). */
  badCrc(r, ms) {
    const t = target(r, ms);
    const bad = { crc: (ms[t]!.crc ^ (1 + int(r, 0xffff))) >>> 0 };
    const l = plain(ms);
    l.records[t]!.says = bad;
    l.directory[t]!.says = bad;
    return writeZip(ms, l);
  },
  /** Sizes declared near 4 GB (a bomb's header, or a zip64 marker without its extra field). */
  hugeDeclaredSize(r, ms) {
    const t = target(r, ms);
    const size = r() < 0.5 ? 0xffffffff : 0x7fffffff + int(r, 0x7fffffff);
    const says: Says = r() < 0.5 ? { size } : { size, csize: size };
    const l = plain(ms);
    l.records[t]!.says = says;
    l.directory[t]!.says = says;
    return writeZip(ms, l);
  },
  /** A member that inflates to 512 MB from 3 MB, its size declared honestly or as a few bytes. */
  deflateBomb(r, ms) {
    const b = bomb();
    const size = r() < 0.5 ? b.size : 1 + int(r, 4096);
    return writeZip([...ms, { name: 'xl/media/filler.bin', method: 8, crc: b.crc, compressed: b.compressed, size }]);
  },
  /** The workbook again, stored or deflated, as a member of itself; or in place of a sheet. */
  nestedZip(r, ms, b) {
    const t = target(r, ms);
    if (r() < 0.5) return writeZip([...ms, member('xl/embeddings/inner.xlsx', b, r() < 0.5)]);
    return writeZip(ms.map((m, i) => (i === t ? member(m.name, b, r() < 0.5) : m)));
  },
  /** Members of zero length: the workbook's own parts emptied, or empty extra members. */
  zeroLengthMembers(r, ms) {
    if (r() < 0.5) {
      const t = target(r, ms);
      return writeZip(ms.map((m, i) => (i === t ? member(m.name, Buffer.alloc(0), r() < 0.5) : m)));
    }
    const extra = Array.from({ length: 1 + int(r, 50) }, (_, k) => member(`xl/empty${k}.xml`, Buffer.alloc(0), false));
    return writeZip([...ms, ...extra]);
  },
  /** Names that climb out, are absolute, or hold NUL and backslashes. */
  hostileNames(r, ms) {
    const t = target(r, ms);
    const name = ['../../evil.xml', '/etc/passwd', `xl\\worksheets\\sheet1.xml`, 'xl/worksheets/sheet1.xml\u0000.txt', ''][int(r, 5)]!;
    return writeZip(ms.map((m, i) => (i === t ? { ...m, name } : m)));
  },
  /** Bytes before the first record or between records (self-extractor stubs, padding). */
  junkBetweenRecords(r, ms) {
    const good = writeZip(ms);
    const offsets = readOffsets(good);
    const at = offsets[int(r, offsets.length)]!;
    const junk = Buffer.from(Array.from({ length: 1 + int(r, 64) }, () => int(r, 256)));
    return Buffer.concat([good.subarray(0, at), junk, good.subarray(at)]);
  },
};

let bombMemo: { compressed: Buffer; crc: number; size: number } | undefined;

/**
 * 512 MB of 'A' as one fixed-Huffman deflate block — a literal, then back-references of 258 bytes
 * at distance 1 — written bit by bit, so the generator never holds the inflated bytes.
 */
function bomb() {
  if (bombMemo) return bombMemo;
  const size = 512 * 1024 * 1024;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  const put = (value: number, n: number) => {
    acc |= value << bits;
    bits += n;
    while (bits >= 8) {
      out.push(acc & 0xff);
      acc >>>= 8;
      bits -= 8;
    }
  };
  // Huffman codes go most significant bit first: reverse them into the LSB-first stream.
  const code = (value: number, n: number) => {
    let rev = 0;
    for (let i = 0; i < n; i++) rev |= ((value >> i) & 1) << (n - 1 - i);
    put(rev, n);
  };
  put(1, 1); // final block
  put(1, 2); // fixed Huffman
  code(0x30 + 0x41, 8); // literal 'A'
  const matches = Math.floor((size - 1) / 258);
  for (let i = 0; i < matches; i++) {
    code(0b11000101, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  let rest = size - 1 - matches * 258;
  for (; rest > 0; rest--) code(0x30 + 0x41, 8);
  code(0, 7); // end of block
  if (bits) put(0, 8 - bits);
  const chunk = Buffer.alloc(1024 * 1024, 0x41);
  let crc = 0;
  for (let i = 0; i < size / chunk.length; i++) crc = crc32(chunk, crc);
  bombMemo = { compressed: Buffer.from(out), crc, size };
  return bombMemo;
}

function readOffsets(b: Buffer): number[] {
  const eocd = b.lastIndexOf(Buffer.from('504b0506', 'hex'));
  const count = b.readUInt16LE(eocd + 10);
  const out: number[] = [];
  for (let n = 0, at = b.readUInt32LE(eocd + 16); n < count; n++) {
    out.push(b.readUInt32LE(at + 42));
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return out;
}

/** One zip-level mutation of `bytes`, named. */
export function mutateZip(r: Rand, bytes: Buffer): { name: string; bytes: Buffer } {
  const names = Object.keys(ZIP_MUTATIONS);
  const name = names[int(r, names.length)]!;
  return { name, bytes: ZIP_MUTATIONS[name]!(r, readMembers(bytes), bytes) };
}
