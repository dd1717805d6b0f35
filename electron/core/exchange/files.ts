import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, normalize } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { AppError } from '@shared/ipc/errors';

/** Bytes on disk an import reads at most. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Uncompressed bytes (the zip's own declaration) an import inflates at most: stops zip bombs before exceljs. */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

const mb = (n: number) => Math.ceil(n / (1024 * 1024));

/**
 * A path from the shell's dialog: absolute, `.xlsx`, no NUL, not a device or a pipe. Symbolic
 * links are refused so that a file picked by the officer is the file read or replaced.
 */
export function checkXlsxPath(path: string): string {
  if (path.includes('\0')) throw new AppError('EXCHANGE_BAD_PATH', { reason: 'NUL' });
  if (!isAbsolute(path)) throw new AppError('EXCHANGE_BAD_PATH', { reason: 'not absolute' });
  if (extname(path).toLowerCase() !== '.xlsx') throw new AppError('EXCHANGE_BAD_PATH', { reason: 'not .xlsx' });
  return normalize(path);
}

export interface SourceFile {
  path: string;
  name: string;
  bytes: Buffer;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads an import source: a regular file under the size cap. */
export function readSource(rawPath: string): SourceFile {
  const path = checkXlsxPath(rawPath);
  let st;
  try {
    st = lstatSync(path);
  } catch {
    throw new AppError('EXCHANGE_FILE_NOT_FOUND', { path });
  }
  if (st.isSymbolicLink()) throw new AppError('EXCHANGE_BAD_PATH', { reason: 'symbolic link' });
  if (!st.isFile()) throw new AppError('EXCHANGE_BAD_PATH', { reason: 'not a file' });
  if (st.size > MAX_FILE_BYTES) throw new AppError('EXCHANGE_TOO_LARGE', { limit: mb(MAX_FILE_BYTES), size: mb(st.size) });
  const bytes = readFileSync(path);
  return { path, name: basename(path), bytes, sha256: sha256(bytes) };
}

/**
 * Writes an export atomically (temporary file, then rename) into an existing folder; an existing
 * target must be a plain file, never a link or a folder.
 */
export function writeTarget(rawPath: string, bytes: Uint8Array): string {
  const path = checkXlsxPath(rawPath);
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
  } catch {
    throw new AppError('EXCHANGE_BAD_PATH', { reason: 'folder does not exist' });
  }
  try {
    const st = lstatSync(path);
    if (!st.isFile()) throw new AppError('EXCHANGE_BAD_PATH', { reason: 'not a file' });
  } catch (err) {
    if (err instanceof AppError) throw err;
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new AppError('EXCHANGE_WRITE_FAILED', { reason: (err as NodeJS.ErrnoException).code ?? 'error' });
  }
  return path;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A member as the zip's central directory lists it. */
interface Listed {
  name: string;
  flags: number;
  packed: number;
  size: number;
  crc: number;
}

/**
 * What the bytes are, before any parser sees them: an xlsx is a zip; an encrypted xlsx (and an old
 * .xls) is an OLE compound file. Every zip member is inflated and its CRC checked here, under a cap
 * on the declared and the actual sizes: exceljs's streaming reader can stall on a damaged zip, so
 * it only ever sees one that is whole. And the zip must say one thing twice: exceljs's loader
 * reads the members the central directory lists, its streaming reader the local records one after
 * another from the start of the file (by the sizes in each record); a zip whose records and
 * directory disagree — a record the directory does not list, two listings of one record, a record
 * whose own sizes or name differ from its listing, bytes between records — is refused
 * (EXCHANGE_ZIP_MISMATCH), so every byte either reader inflates is one counted against the cap here.
 */
export function checkContainer(bytes: Buffer): void {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(CFB_MAGIC)) throw new AppError('EXCHANGE_ENCRYPTED');
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== ZIP_LOCAL) throw new AppError('EXCHANGE_NOT_XLSX');
  const corrupt = (reason: string) => new AppError('EXCHANGE_CORRUPT', { reason });
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('zip directory missing');
  const count = bytes.readUInt16LE(eocd + 10);
  const directory = bytes.readUInt32LE(eocd + 16);
  let offset = directory;
  let total = 0;
  const listed = new Map<number, Listed>();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ZIP_CENTRAL) throw corrupt('zip directory damaged');
    const flags = bytes.readUInt16LE(offset + 8);
    const method = bytes.readUInt16LE(offset + 10);
    const crc = bytes.readUInt32LE(offset + 16);
    const packed = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    const local = bytes.readUInt32LE(offset + 42);
    const nameLength = bytes.readUInt16LE(offset + 28);
    total += size;
    if (total > MAX_UNZIPPED_BYTES) throw new AppError('EXCHANGE_TOO_LARGE', { limit: mb(MAX_UNZIPPED_BYTES), size: `>${mb(total)}` });
    if (listed.has(local)) throw new AppError('EXCHANGE_ZIP_MISMATCH', { offset: local });
    listed.set(local, { name: bytes.toString('latin1', offset + 46, offset + 46 + nameLength), flags, packed, size, crc });
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== ZIP_LOCAL) throw corrupt('zip entry damaged');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + packed > bytes.length) throw corrupt('zip entry truncated');
    const data = bytes.subarray(start, start + packed);
    let out: Buffer;
    try {
      if (method === 0) out = data;
      else if (method === 8) out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
      else throw new Error(`compression method ${method}`);
    } catch (err) {
      throw corrupt(`zip entry unreadable (${(err as Error).message.slice(0, 60)})`);
    }
    if (out.length !== size || crc32(out) !== crc) throw corrupt('zip entry checksum mismatch');
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  checkRecordsMatchDirectory(bytes, listed, directory);
}

const ZIP_DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);

/**
 * Walks the local records from the start of the file as exceljs's streaming reader (unzipper)
 * does — a record's data is as long as its own header says, or, when the sizes follow the data
 * (flag bit 3) and the header gives none, runs up to the next data descriptor — and requires each
 * record to be the one listed at that offset (same name, same sizes) and the records to end
 * exactly where the directory starts.
 */
function checkRecordsMatchDirectory(bytes: Buffer, listed: Map<number, Listed>, directory: number): void {
  const mismatch = (offset: number) => new AppError('EXCHANGE_ZIP_MISMATCH', { offset });
  let pos = 0;
  let seen = 0;
  while (pos < directory) {
    if (pos + 30 > bytes.length || bytes.readUInt32LE(pos) !== ZIP_LOCAL) throw mismatch(pos);
    const member = listed.get(pos);
    if (!member) throw mismatch(pos);
    const flags = bytes.readUInt16LE(pos + 6);
    const packed = bytes.readUInt32LE(pos + 18);
    const size = bytes.readUInt32LE(pos + 22);
    const nameLength = bytes.readUInt16LE(pos + 26);
    const start = pos + 30 + nameLength + bytes.readUInt16LE(pos + 28);
    if (bytes.toString('latin1', pos + 30, pos + 30 + nameLength) !== member.name) throw mismatch(pos);
    if (!(flags & 0x8) || packed > 0) {
      // Sizes in the header: they are what the streaming reader goes by.
      if (packed !== member.packed || (!(flags & 0x8) && size !== member.size)) throw mismatch(pos);
      pos = start + packed;
    } else {
      const end = bytes.indexOf(ZIP_DESCRIPTOR, start);
      if (end < 0 || end - start !== member.packed || end + 16 > bytes.length) throw mismatch(pos);
      if (bytes.readUInt32LE(end + 8) !== member.packed || bytes.readUInt32LE(end + 12) !== member.size) throw mismatch(pos);
      pos = end + 16;
    }
    seen++;
  }
  if (pos !== directory || seen !== listed.size) throw mismatch(pos);
}
