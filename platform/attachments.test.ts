import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentUploadResponseSchema } from '@shared/protocol/index';
import { signedIn, startTestPlatform, type Client, type TestPlatform } from '../tests/helpers/platform';

const LIMIT = 64 * 1024;
let p: TestPlatform;
let edu: Client;
let police: Client;
beforeAll(async () => {
  p = await startTestPlatform({ seedShared: 0, attachmentMaxBytes: LIMIT });
  [edu, police] = await Promise.all([signedIn(p, 'yc-edu'), signedIn(p, 'yc-police')]);
});
afterAll(() => p.dispose());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const put = (c: Client, hash: string, bytes: Buffer, contentType = 'application/octet-stream') =>
  c.send<{ error: { code: string; params?: Record<string, unknown> } }>('PUT', `/attachments/${hash}`, { raw: bytes, contentType });

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('scan of a sealed form')]);

describe('attachments', () => {
  it('stores by content, sniffs the type, and says whether it was new', async () => {
    const first = await put(edu, sha(PNG), PNG);
    expect(first.status).toBe(200);
    expect(attachmentUploadResponseSchema.parse(first.body)).toMatchObject({ created: true, attachment: { sha256: sha(PNG), size: PNG.length, mediaType: 'image/png' } });
    const again = await put(edu, sha(PNG), PNG);
    expect(again.body).toMatchObject({ created: false });

    const down = await fetch(`${p.url}/api/v1/attachments/${sha(PNG)}`, { headers: { authorization: `Bearer ${edu.token}` } });
    expect(down.headers.get('content-type')).toBe('image/png');
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await down.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses bytes that do not match their sha256', async () => {
    const pdf = Buffer.from('%PDF-1.7 original');
    const r = await put(edu, sha(pdf), Buffer.from('%PDF-1.7 tampered'));
    expect([r.status, r.body.error.code]).toEqual([400, 'CHECKSUM_MISMATCH']);
    expect((await edu.send('GET', `/attachments/${sha(pdf)}`)).status).toBe(404);
  });

  it('refuses uploads over the size limit, of unknown type, or sent as JSON', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(LIMIT)]);
    const tooBig = await put(edu, sha(big), big);
    expect([tooBig.status, tooBig.body.error.code, tooBig.body.error.params?.limit]).toEqual([413, 'PAYLOAD_TOO_LARGE', LIMIT]);
    const exe = Buffer.from('MZ\x90\x00 not a scan');
    const unknown = await put(edu, sha(exe), exe);
    expect([unknown.status, unknown.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const json = await edu.send<{ error: { code: string } }>('PUT', `/attachments/${sha(PNG)}`, { json: { bytes: 'x' } });
    expect([json.status, json.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const bad = await put(edu, 'not-a-sha', PNG);
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION']);
  });

  it("hides another department's attachment, and shows it to reviewers", async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('edu only')]);
    await put(edu, sha(jpeg), jpeg);
    expect((await police.send('GET', `/attachments/${sha(jpeg)}`)).status).toBe(404);
    expect((await (await signedIn(p, 'yc-reviewer')).send('GET', `/attachments/${sha(jpeg)}`)).status).toBe(200);
    // reviewers read, they do not upload
    expect((await (await signedIn(p, 'yc-reviewer')).send('PUT', `/attachments/${sha(jpeg)}`, { raw: jpeg, contentType: 'application/octet-stream' })).status).toBe(403);
  });

  it('answers a file lost from disk with a typed 500, never a stack trace', async () => {
    const tiff = Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00]), Buffer.from('lost')]);
    await put(edu, sha(tiff), tiff);
    rmSync(join(p.dataDir, 'attachments', sha(tiff).slice(0, 2), sha(tiff)));
    const r = await edu.send<{ error: { code: string; message: string } }>('GET', `/attachments/${sha(tiff)}`);
    expect([r.status, r.body.error.code]).toEqual([500, 'INTERNAL']);
    expect(JSON.stringify(r.body)).not.toMatch(/ENOENT|\.ts:\d|at [A-Za-z]/);
  });
});
