// A programmable HTTP proxy in front of the platform, for the fault tests: each request may pass,
// pass and then lose the answer (the platform applied it, the client never hears), get a canned
// answer, hang, or die half-way through the answer.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Action =
  | 'pass'
  | 'dropAnswer'
  | 'hang'
  | 'dieMidAnswer'
  | { status: number; type?: string; body: string | Buffer; headers?: Record<string, string> }
  | { replaceBody: (body: string) => string };

export interface Proxy {
  url: string;
  /** Decides each request; `n` counts the requests to the same path (from 1). */
  rule: (req: { method: string; path: string; n: number }) => Action;
  seen: { method: string; path: string }[];
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<Proxy> {
  const up = new URL(target);
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const proxy: Proxy = { url: '', rule: () => 'pass', seen: [], close: async () => {} };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    proxy.seen.push({ method: req.method ?? 'GET', path });
    const action = proxy.rule({ method: req.method ?? 'GET', path, n });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (action === 'hang') return;
      if (typeof action === 'object' && 'status' in action) {
        res.writeHead(action.status, { 'content-type': action.type ?? 'application/json', ...action.headers });
        res.end(action.body);
        return;
      }
      const upstream = http.request(
        { hostname: up.hostname, port: up.port, method: req.method, path: req.url, headers: { ...req.headers, host: up.host } },
        (ur) => {
          const body: Buffer[] = [];
          ur.on('data', (c: Buffer) => body.push(c));
          ur.on('end', () => {
            let text = Buffer.concat(body);
            if (action === 'dropAnswer') return req.socket.destroy();
            if (typeof action === 'object' && 'replaceBody' in action) text = Buffer.from(action.replaceBody(text.toString('utf8')));
            const headers = { ...ur.headers, 'content-length': String(text.length) };
            delete headers['transfer-encoding'];
            res.writeHead(ur.statusCode ?? 502, headers);
            if (action === 'dieMidAnswer') {
              res.write(text.subarray(0, Math.floor(text.length / 2)));
              setTimeout(() => req.socket.destroy(), 20);
              return;
            }
            res.end(text);
          });
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(Buffer.concat(chunks));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return proxy;
}

/** A scheduler the test fires by hand: records each timer with its delay. */
export function manualScheduler() {
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let next = 0;
  return {
    timers,
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(++next, { fn, ms });
      return next;
    },
    clearTimeout: (h: unknown) => void timers.delete(h as number),
    /** Delays of the timers now pending. */
    pending: () => [...timers.values()].map((t) => t.ms),
    /** Fires every pending timer once. */
    fireAll: () => {
      const due = [...timers.entries()];
      for (const [h, t] of due) {
        timers.delete(h);
        t.fn();
      }
    },
  };
}
