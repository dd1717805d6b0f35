// A platform behind a private CA (extranets use their own): generated here with openssl, served
// over HTTPS by a reverse proxy in front of the real platform. Without the policy's CA bundle the
// call fails as SYNC_TLS; with it, sign-in and sync work.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/core';
import { call, callError, coreFor, disposeAll, officers, platform } from './sync-helpers';

const closers: (() => void)[] = [];
afterEach(async () => {
  await disposeAll();
  for (const c of closers.splice(0)) c();
});

function makeCa(dir: string) {
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Test Extranet CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n');
  ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf');
  return { ca: join(dir, 'ca.pem'), key: readFileSync(join(dir, 'server.key')), cert: readFileSync(join(dir, 'server.pem')) };
}

/** HTTPS in front of the platform's plain HTTP. */
async function httpsProxy(target: string, key: Buffer, cert: Buffer): Promise<string> {
  const up = new URL(target);
  const server = https.createServer({ key, cert }, (req, res) => {
    const upstream = http.request({ hostname: up.hostname, port: up.port, method: req.method, path: req.url, headers: { ...req.headers, host: up.host } }, (ur) => {
      res.writeHead(ur.statusCode ?? 502, ur.headers);
      ur.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// Several real HTTP round trips per test: allow for a loaded machine.
describe('sync over TLS with a private CA', { timeout: 60_000 }, () => {
  it('fails without the CA and works with the policy that names it', async () => {
    const tmp = tempDir('cw-tls-');
    closers.push(tmp.cleanup);
    const { ca, key, cert } = makeCa(tmp.dir);
    const p = await platform();
    const url = await httpsProxy(p.url, key, cert);
    const officer = officers(p)[0]!;

    const untrusting = await coreFor(p, officer.user, { signIn: false });
    const refused = await callError(untrusting.core, 'sync.signIn', { platformUrl: url, user: officer.user, password: officer.password });
    expect(refused.code).toBe('SYNC_TLS');
    await untrusting.close();

    const policyPath = join(tmp.dir, 'policy.json');
    writeFileSync(policyPath, JSON.stringify({ platformUrl: url, caBundle: { path: ca }, lockedSettings: ['updateFeedUrl'] }));
    const trusting = await coreFor(p, officer.user, { signIn: false, dir: untrusting.dir, policy: undefined, policyPath });
    const view = await call(trusting.core, 'policy.get', {});
    expect(view).toMatchObject({ path: policyPath, platformUrl: url, caBundle: true });
    expect([...view.locked].sort()).toEqual(['caBundle', 'platformUrl', 'updateFeedUrl']);
    // The policy fixes the address: the officer cannot point elsewhere.
    const locked = await callError(trusting.core, 'sync.signIn', { platformUrl: p.url, user: officer.user, password: officer.password });
    expect(locked.code).toBe('POLICY_LOCKED');
    const account = await call(trusting.core, 'sync.signIn', { user: officer.user, password: officer.password });
    expect(account.platformUrl).toBe(url);
    // The 36 shared entries, and the department's own 2 of them once more as its catalogue.
    expect(await call(trusting.core, 'sync.run', {})).toMatchObject({ failed: false, pulled: 38 });
  });
});
