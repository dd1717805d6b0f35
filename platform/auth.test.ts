import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, loginResponseSchema, meResponseSchema, SERVER_TIME_HEADER } from '@shared/protocol/index';
import { account, Client, opId, sampleEntry, signedIn, startTestPlatform, type TestPlatform } from '../tests/helpers/platform';

let p: TestPlatform;
beforeAll(async () => {
  p = await startTestPlatform({ tokenTtlMs: 60 * 60_000 });
});
afterAll(() => p.dispose());

describe('sign-in', () => {
  it('returns a bearer token with its expiry and the account', async () => {
    const a = account(p, 'yc-edu');
    const r = await new Client(p.url).send('POST', '/auth/login', { json: { user: a.user, password: a.password } });
    expect(r.status).toBe(200);
    const body = loginResponseSchema.parse(r.body);
    expect(body.account).toEqual({ user: 'yc-edu', role: 'officer', departmentCode: a.departmentCode, departmentName: '伊川县教育局' });
    expect(new Date(body.expiresAt).getTime()).toBe(p.clock.now().getTime() + 60 * 60_000);
    expect(body.serverTime).toBe(p.clock.now().toISOString());
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const c = new Client(p.url, 'en');
    const wrong = await c.send('POST', '/auth/login', { json: { user: 'yc-edu', password: 'nope' } });
    const unknown = await c.send('POST', '/auth/login', { json: { user: 'nobody', password: 'nope' } });
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(errorBodySchema.parse(r.body).error).toMatchObject({ code: 'BAD_CREDENTIALS', message: 'Wrong user name or password' });
    }
  });

  it('rate-limits a user name after repeated failures, even with the right password', async () => {
    const c = new Client(p.url);
    for (let i = 0; i < 5; i++) expect((await c.send('POST', '/auth/login', { json: { user: 'yc-water', password: 'x' } })).status).toBe(401);
    const right = { user: 'yc-water', password: account(p, 'yc-water').password };
    const r = await c.send<{ error: { code: string } }>('POST', '/auth/login', { json: right });
    expect(r.status).toBe(429);
    expect(r.body.error.code).toBe('RATE_LIMITED');
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    p.clock.advance(5 * 60_000 + 1);
    expect((await c.send('POST', '/auth/login', { json: right })).status).toBe(200);
  });

  it('tells a missing, an unknown and an expired token apart', async () => {
    const c = await signedIn(p, 'yc-health');
    const me = await c.send('GET', '/auth/me');
    expect(meResponseSchema.parse(me.body).account.user).toBe('yc-health');
    const none = await c.send<{ error: { code: string } }>('GET', '/auth/me', { token: null });
    expect([none.status, none.body.error.code]).toEqual([401, 'AUTH_REQUIRED']);
    const forged = await c.send<{ error: { code: string } }>('GET', '/auth/me', { token: 'A'.repeat(43) });
    expect([forged.status, forged.body.error.code]).toEqual([401, 'AUTH_REQUIRED']);
    p.clock.advance(60 * 60_000);
    const expired = await c.send<{ error: { code: string } }>('GET', '/auth/me');
    expect([expired.status, expired.body.error.code]).toEqual([401, 'TOKEN_EXPIRED']);
  });

  it('revokes the token on sign-out', async () => {
    const c = await signedIn(p, 'yc-stats');
    expect((await c.send('POST', '/auth/logout')).status).toBe(200);
    expect((await c.send('GET', '/auth/me')).status).toBe(401);
  });
});

describe('roles', () => {
  it('keeps reviewers out of push and officers out of review', async () => {
    const reviewer = await signedIn(p, 'yc-reviewer');
    const officer = await signedIn(p, 'yc-edu');
    const push = await reviewer.push([{ opId: opId(), kind: 'catalogue.submit', entityId: 'e-role', baseRevision: 0, payload: { code: 'X/1', entry: sampleEntry('角色测试') } }]);
    expect([push.status, (push.body as unknown as { error: { code: string } }).error.code]).toEqual([403, 'FORBIDDEN']);
    const review = await officer.send<{ error: { code: string } }>('GET', '/review/entries');
    expect([review.status, review.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await reviewer.send('GET', '/review/entries')).status).toBe(200);
  });
});

describe('every answer', () => {
  it('carries the server time, errors and unknown paths included', async () => {
    const c = new Client(p.url);
    for (const [method, path] of [['GET', '/health'], ['GET', '/auth/me'], ['GET', '/nowhere']] as const) {
      const r = await c.send(method, path);
      expect(r.headers.get(SERVER_TIME_HEADER), path).toBe(p.clock.now().toISOString());
      expect((r.body as { serverTime: string }).serverTime, path).toBe(p.clock.now().toISOString());
    }
  });
});

/** A sign-in from a given loopback address (Linux answers on all of 127/8), over real HTTP. */
function loginFrom(p: TestPlatform, localAddress: string, user: string, password: string): Promise<number> {
  const url = new URL(p.url + '/api/v1/auth/login');
  return new Promise((done, fail) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      },
    );
    req.on('error', fail);
    req.end(JSON.stringify({ user, password }));
  });
}

describe('sign-in back-off', () => {
  let q: TestPlatform;
  beforeAll(async () => {
    q = await startTestPlatform();
  });
  afterAll(() => q.dispose());

  it('counts a guess before checking it, so parallel guesses cannot pass the limit', async () => {
    const right = account(q, 'yc-edu').password;
    const wrong = Array.from({ length: 40 }, (_, i) => loginFrom(q, '127.0.0.3', 'yc-edu', `wrong-${i}`));
    // The right password arrives while the 40 wrong ones are still being checked.
    await new Promise((r) => setTimeout(r, 30));
    const rightOne = loginFrom(q, '127.0.0.3', 'yc-edu', right);
    const statuses = await Promise.all(wrong);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35);
    expect(await rightOne).toBe(429);
  });

  it('backs the user name off for a limited time only: afterwards a clean address signs in', async () => {
    const right = account(q, 'yc-edu').password;
    // Still within the window: the name is held for everyone.
    expect(await loginFrom(q, '127.0.0.4', 'yc-edu', right)).toBe(429);
    q.clock.advance(5 * 60_000 + 1);
    expect(await loginFrom(q, '127.0.0.4', 'yc-edu', right)).toBe(200);
  });

  it('backs an address off that guesses across many user names', async () => {
    const users = ['yc-water', 'yc-health', 'yc-stats', 'yc-transport'];
    for (const user of users) for (let i = 0; i < 4; i++) expect(await loginFrom(q, '127.0.0.5', user, 'x')).toBe(401);
    for (let i = 0; i < 4; i++) expect(await loginFrom(q, '127.0.0.5', 'nobody', 'x')).toBe(401);
    // No name has reached its limit, but the address has: even a right password waits.
    expect(await loginFrom(q, '127.0.0.5', 'yc-police', account(q, 'yc-police').password)).toBe(429);
    // The same account from another address is not held.
    expect(await loginFrom(q, '127.0.0.6', 'yc-police', account(q, 'yc-police').password)).toBe(200);
    q.clock.advance(5 * 60_000 + 1);
    expect(await loginFrom(q, '127.0.0.5', 'yc-police', account(q, 'yc-police').password)).toBe(200);
  });
});
