import { describe, expect, it } from 'vitest';
import { checkAttachment, sniffAttachment } from './attachment';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0]);

describe('attachment sniffing', () => {
  it('recognises PDF, PNG and JPEG by content', () => {
    expect(sniffAttachment(PDF)).toBe('pdf');
    expect(sniffAttachment(PNG)).toBe('png');
    expect(sniffAttachment(JPG)).toBe('jpeg');
    expect(sniffAttachment(ZIP)).toBeUndefined();
  });

  it('accepts a file whose extension agrees with its content', () => {
    expect(checkAttachment('需求单.PDF', PDF, 100)).toEqual({ ok: true, type: 'pdf' });
    expect(checkAttachment('scan.jpeg', JPG, 100)).toEqual({ ok: true, type: 'jpeg' });
    expect(checkAttachment('scan.jpg', JPG, 100)).toEqual({ ok: true, type: 'jpeg' });
  });

  it('refuses an extension that lies, unknown content, an empty and a too large file', () => {
    expect(checkAttachment('scan.pdf', PNG, 100)).toEqual({ ok: false, code: 'ATTACHMENT_TYPE', claimed: 'pdf', actual: 'png' });
    expect(checkAttachment('form.pdf', ZIP, 100)).toEqual({ ok: false, code: 'ATTACHMENT_TYPE', claimed: 'pdf' });
    expect(checkAttachment('form.docx', PDF, 100)).toEqual({ ok: false, code: 'ATTACHMENT_TYPE', actual: 'pdf' });
    expect(checkAttachment('a.pdf', new Uint8Array(), 100)).toEqual({ ok: false, code: 'ATTACHMENT_EMPTY' });
    expect(checkAttachment('a.pdf', PDF, 5)).toEqual({ ok: false, code: 'ATTACHMENT_TOO_LARGE', size: PDF.length, max: 5 });
  });
});
