import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BASE, errorBodySchema } from '@shared/protocol/index';
import { signedIn, startTestPlatform, type Client, type TestPlatform } from '../tests/helpers/platform';

let p: TestPlatform;
let edu: Client;
beforeAll(async () => {
  p = await startTestPlatform({ seedShared: 0, bodyLimit: 4096 });
  edu = await signedIn(p, 'yc-edu', 'en');
});
afterAll(() => p.dispose());

/** Sends raw text with a content type and returns the status and the typed error. */
async function raw(path: string, body: string, contentType: string, token?: string) {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(p.url + API_BASE + path, { method: 'POST', headers, body });
  const text = await res.text();
  expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/); // never a stack trace
  return { status: res.status, error: errorBodySchema.parse(JSON.parse(text)).error };
}

describe('bad requests get typed 4xx errors', () => {
  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    expect(await raw('/auth/login', '{"user": "a", ', 'application/json')).toMatchObject({ status: 400, error: { code: 'MALFORMED_JSON' } });
    expect(await raw('/auth/login', '', 'application/json')).toMatchObject({ status: 400, error: { code: 'MALFORMED_JSON' } });
    // prototype poisoning is refused by the parser, not merged into objects
    expect(await raw('/auth/login', '{"user":"a","password":"b","__proto__":{"x":1}}', 'application/json')).toMatchObject({ status: 400 });
  });

  it('a body that is not JSON → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream']) {
      expect(await raw('/auth/login', 'user=a&password=b', type), type).toMatchObject({ status: 415, error: { code: 'UNSUPPORTED_MEDIA_TYPE', params: { type } } });
    }
    expect(await raw('/sync/push', 'ops', 'text/plain', edu.token)).toMatchObject({ status: 415 });
  });

  it('an oversized body → 413 PAYLOAD_TOO_LARGE with the limit', async () => {
    const r = await raw('/auth/login', JSON.stringify({ user: 'a', password: 'x'.repeat(5000) }), 'application/json');
    expect(r).toMatchObject({ status: 413, error: { code: 'PAYLOAD_TOO_LARGE', params: { limit: 4096 } } });
  });

  it('unknown fields and wrong types → 400 VALIDATION naming each field', async () => {
    const r = await raw('/auth/login', JSON.stringify({ user: 'a', password: 7, admin: true }), 'application/json');
    expect(r.status).toBe(400);
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.issues?.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['admin', 'validation.unknownField'],
        ['password', 'validation.invalid'],
      ]),
    );
    const push = await raw('/sync/push', JSON.stringify({ ops: [], extra: 1 }), 'application/json', edu.token);
    expect(push.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['ops', 'extra']));
  });

  it('unknown paths and methods → 404 NOT_FOUND, in the caller’s language', async () => {
    const r = await edu.send<{ error: { code: string; message: string } }>('DELETE', '/sync/push');
    expect([r.status, r.body.error.code, r.body.error.message]).toEqual([404, 'NOT_FOUND', 'The platform has no such record']);
    const zh = await fetch(`${p.url}/api/v2/sync/pull`, { headers: { 'accept-language': 'zh-CN' } });
    expect(((await zh.json()) as { error: { message: string } }).error.message).toBe('平台上找不到该记录');
  });

  it('listens on loopback only', () => {
    expect(new URL(p.url).hostname).toBe('127.0.0.1');
  });
});

describe('malformed requests below the routes', () => {
  it('answers a bad percent-encoding in the path with a 4xx, not an internal error', async () => {
    const r = await fetch(`${p.url}/api/v1/review/entries/%E0%A4%A`, { headers: { authorization: `Bearer ${edu.token}` } });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(errorBodySchema.safeParse(await r.json()).success).toBe(true);
  });
});
