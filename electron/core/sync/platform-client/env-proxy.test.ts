import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/ipc/errors';
import { tempDir } from '../../../../tests/helpers/core';
import { PlatformClient } from './client';
import { proxyFor } from './env-proxy';

const u = (s: string) => new URL(s);

describe('proxyFor', () => {
  it('takes HTTPS_PROXY for https and HTTP_PROXY for http, either case', () => {
    expect(proxyFor(u('https://p.gov.cn/'), {})).toBeUndefined();
    expect(proxyFor(u('https://p.gov.cn/'), { HTTPS_PROXY: 'http://proxy.lan:3128' })?.href).toBe('http://proxy.lan:3128/');
    expect(proxyFor(u('https://p.gov.cn/'), { https_proxy: 'proxy.lan:3128' })?.href).toBe('http://proxy.lan:3128/');
    expect(proxyFor(u('https://p.gov.cn/'), { HTTP_PROXY: 'http://proxy.lan:3128' })).toBeUndefined();
    expect(proxyFor(u('http://p.gov.cn/'), { http_proxy: 'http://proxy.lan:8080' })?.port).toBe('8080');
    // Only http:// proxies are spoken.
    expect(proxyFor(u('https://p.gov.cn/'), { HTTPS_PROXY: 'socks5://proxy.lan:1080' })).toBeUndefined();
  });

  it('goes direct for NO_PROXY names and their subdomains, ports, `*`, and loopback', () => {
    const env = (NO_PROXY: string) => ({ HTTPS_PROXY: 'http://proxy.lan:3128', NO_PROXY });
    expect(proxyFor(u('https://p.gov.cn/'), env('p.gov.cn'))).toBeUndefined();
    expect(proxyFor(u('https://dsj.p.gov.cn/'), env('other.cn, .p.gov.cn'))).toBeUndefined();
    expect(proxyFor(u('https://dsj.p.gov.cn/'), env('*.p.gov.cn'))).toBeUndefined();
    expect(proxyFor(u('https://xp.gov.cn/'), env('p.gov.cn'))).toBeDefined();
    expect(proxyFor(u('https://p.gov.cn:8443/'), env('p.gov.cn:443'))).toBeDefined();
    expect(proxyFor(u('https://p.gov.cn/'), env('p.gov.cn:443'))).toBeUndefined();
    expect(proxyFor(u('https://p.gov.cn/'), env('*'))).toBeUndefined();
    expect(proxyFor(u('https://127.0.0.1:9/'), env(''))).toBeUndefined();
    expect(proxyFor(u('https://localhost/'), env(''))).toBeUndefined();
    expect(proxyFor(u('http://[::1]:9/'), { HTTP_PROXY: 'http://proxy.lan:3128' })).toBeUndefined();
  });
});

// A forward proxy on loopback: CONNECT tunnels and absolute-form HTTP requests, sending every
// target to 127.0.0.1 (so `platform.test` needs no DNS), optionally asking for credentials.
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))));
  return (server.address() as AddressInfo).port;
}

async function forwardProxy(options: { credentials?: string } = {}) {
  const seen: { method: string; target: string; auth?: string }[] = [];
  const allowed = (auth?: string) => !options.credentials || auth === `Basic ${Buffer.from(options.credentials).toString('base64')}`;
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method!, target: req.url!, auth: req.headers['proxy-authorization'] });
    if (!allowed(req.headers['proxy-authorization'])) return void res.writeHead(407, { 'proxy-authenticate': 'Basic realm="lan"' }).end();
    const target = new URL(req.url!);
    const up = http.request({ hostname: '127.0.0.1', port: target.port, method: req.method, path: target.pathname + target.search, headers: req.headers }, (ur) => {
      res.writeHead(ur.statusCode ?? 502, ur.headers);
      ur.pipe(res);
    });
    req.pipe(up);
  });
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket) => {
    seen.push({ method: 'CONNECT', target: req.url!, auth: req.headers['proxy-authorization'] });
    if (!allowed(req.headers['proxy-authorization'])) return void socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="lan"\r\n\r\n');
    const up = net.connect(Number(req.url!.split(':').pop()), '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.pipe(socket);
      socket.pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  return { port: await listen(server), seen };
}

const health = JSON.stringify({ ok: true, protocolVersion: 1, startedAt: '2026-03-02T08:00:00.000Z', serverTime: '2026-03-02T10:00:00.000Z' });
const answer = (_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(200, { 'content-type': 'application/json' }).end(health);
const time = { now: () => new Date('2026-03-02T09:00:00.000Z') };

describe('the platform client behind HTTPS_PROXY / HTTP_PROXY', { timeout: 30_000 }, () => {
  it('tunnels HTTPS through CONNECT, the certificate checked for the platform’s name', async () => {
    const t = tempDir('cw-proxy-tls-');
    closers.push(async () => t.cleanup());
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '2', '-subj', '/CN=platform.test', '-addext', 'subjectAltName=DNS:platform.test'], { cwd: t.dir, stdio: 'pipe' });
    const cert = readFileSync(join(t.dir, 'cert.pem'), 'utf8');
    const port = await listen(https.createServer({ key: readFileSync(join(t.dir, 'key.pem')), cert }, answer));
    const proxy = await forwardProxy();
    const client = new PlatformClient({ baseUrl: `https://platform.test:${port}/`, ca: cert, timeSource: time, proxyEnv: { HTTPS_PROXY: `http://127.0.0.1:${proxy.port}` } });
    expect(await client.call('health')).toMatchObject({ ok: true });
    client.close();
    expect(proxy.seen).toEqual([{ method: 'CONNECT', target: `platform.test:${port}`, auth: undefined }]);
  });

  it('sends plain HTTP to the proxy with the whole URL, with the proxy’s credentials', async () => {
    const port = await listen(http.createServer(answer));
    const proxy = await forwardProxy({ credentials: 'officer:p@ss' });
    const client = new PlatformClient({ baseUrl: `http://platform.test:${port}/cw/`, timeSource: time, proxyEnv: { HTTP_PROXY: `http://officer:p%40ss@127.0.0.1:${proxy.port}` } });
    expect(await client.call('health')).toMatchObject({ ok: true });
    client.close();
    expect(proxy.seen).toEqual([{ method: 'GET', target: `http://platform.test:${port}/cw/api/v1/health`, auth: `Basic ${Buffer.from('officer:p@ss').toString('base64')}` }]);
  });

  it('reports a proxy that wants credentials as offline, with the reason', async () => {
    const proxy = await forwardProxy({ credentials: 'officer:secret' });
    const reasons: string[] = [];
    for (const baseUrl of ['https://platform.test:9/', 'http://platform.test:9/']) {
      const client = new PlatformClient({ baseUrl, timeSource: time, proxyEnv: { HTTPS_PROXY: `http://127.0.0.1:${proxy.port}`, HTTP_PROXY: `http://127.0.0.1:${proxy.port}` } });
      const err = await client.call('health').then(() => undefined, (e: unknown) => e);
      client.close();
      expect(err).toBeInstanceOf(AppError);
      reasons.push(`${(err as AppError).code} ${String((err as AppError).params.reason ?? '')}`);
    }
    // Through CONNECT the 407 ends the tunnel; in absolute form it is the proxy's answer: the same either way.
    expect(reasons).toEqual(['SYNC_OFFLINE proxy authentication required (407)', 'SYNC_OFFLINE proxy authentication required (407)']);
  });
});
