import type { AttachmentMediaType } from '@shared/protocol/index';

const startsWith = (b: Buffer, bytes: number[]) => bytes.every((v, i) => b[i] === v);

/**
 * The type of an upload from its first bytes, never from what the client claims: scans of sealed
 * forms arrive as PDF, PNG, JPEG or TIFF, and 版式 documents as OFD (a zip holding OFD.xml).
 */
export function sniffMediaType(b: Buffer): AttachmentMediaType | undefined {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && b.subarray(0, 4096).includes('OFD.xml')) return 'application/ofd';
  return undefined;
}
