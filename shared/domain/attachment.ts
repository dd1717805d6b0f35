/**
 * What an attachment really is, from its first bytes (magic numbers), not from its name: a sealed
 * demand form scan must be a PDF, JPEG or PNG, and a file whose extension claims another type is
 * refused. Pure, so the renderer can check a file before sending it.
 */
export const ATTACHMENT_TYPES = ['pdf', 'jpeg', 'png'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_MIME: Record<AttachmentType, string> = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' };

const EXTENSIONS: Record<string, AttachmentType> = { pdf: 'pdf', jpg: 'jpeg', jpeg: 'jpeg', png: 'png' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
}

/** The type the content shows, or undefined for anything else. */
export function sniffAttachment(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  // PDF: "%PDF-" within the first 1024 bytes (readers accept leading junk up to there).
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return 'pdf';
  return undefined;
}

/** The type a file name claims by its extension, or undefined for an extension not accepted. */
export function typeOfName(name: string): AttachmentType | undefined {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? EXTENSIONS[m[1]!.toLowerCase()] : undefined;
}

export type AttachmentCheck =
  | { ok: true; type: AttachmentType }
  | { ok: false; code: 'ATTACHMENT_TYPE'; claimed?: AttachmentType; actual?: AttachmentType }
  | { ok: false; code: 'ATTACHMENT_TOO_LARGE'; size: number; max: number }
  | { ok: false; code: 'ATTACHMENT_EMPTY' };

/** Checks size, content and name together: the content decides, the name must agree with it. */
export function checkAttachment(name: string, bytes: Uint8Array, maxBytes: number): AttachmentCheck {
  if (bytes.length === 0) return { ok: false, code: 'ATTACHMENT_EMPTY' };
  if (bytes.length > maxBytes) return { ok: false, code: 'ATTACHMENT_TOO_LARGE', size: bytes.length, max: maxBytes };
  const actual = sniffAttachment(bytes);
  const claimed = typeOfName(name);
  if (!actual || claimed !== actual) return { ok: false, code: 'ATTACHMENT_TYPE', ...(claimed ? { claimed } : {}), ...(actual ? { actual } : {}) };
  return { ok: true, type: actual };
}
