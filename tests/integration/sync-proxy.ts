// A programmable HTTP proxy in front of the platform, for the fault tests: each request may pass,
// pass and then lose the answer (the platform applied it, the client never hears), get a canned
// answer, hang, die half-way through the answer, be reset before it reaches the platform, reach
// the platform twice, be answered slowly in small pieces, or be answered with an earlier answer
// to the same path (a replayed page).
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Action =
  | 'pass'
  | 'dropAnswer'
  | 'hang'
  | 'dieMidAnswer'
  | 'reset'
  | 'duplicate'
  | 'slow'
  | 'replay'
  | { status: number; type?: string; body: string | Buffer; headers?: Record<string, string> }
  | { replaceBody: (body: string) => string };

export interface Proxy {
  url: string;
  /**
   * Decides each request; `n` counts the requests to the same path (from 1); `replayable` says
   * whether an earlier answer to the path is there for 'replay' (without one, 'replay' passes).
   */
  rule: (req: { method: string; path: string; n: number; replayable: boolean }) => Action;
  seen: { method: string; path: string }[];
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<Proxy> {
  const up = new URL(target);
  const counts = new Map<string, number>();
  // The last answer the platform gave to each path and caller (its authorization), for 'replay':
  // an earlier answer of the same session, never another department's.
  const answers = new Map<string, { status: number; headers: http.IncomingHttpHeaders; body: Buffer }>();
  const sockets = new Set<Socket>();
  const proxy: Proxy = { url: '', rule: () => 'pass', seen: [], close: async () => {} };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    proxy.seen.push({ method: req.method ?? 'GET', path });
    const key = `${path} ${req.headers.authorization ?? ''}`;
    const action = proxy.rule({ method: req.method ?? 'GET', path, n, replayable: answers.has(key) });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (action === 'hang') return;
      if (action === 'reset') return req.socket.destroy();
      if (typeof action === 'object' && 'status' in action) {
        res.writeHead(action.status, { 'content-type': action.type ?? 'application/json', ...action.headers });
        res.end(action.body);
        return;
      }
      const earlier = answers.get(key);
      if (action === 'replay' && earlier) {
        res.writeHead(earlier.status, { ...earlier.headers, 'content-length': String(earlier.body.length) });
        res.end(earlier.body);
        return;
      }
      const forward = (then: (status: number, headers: http.IncomingHttpHeaders, body: Buffer) => void) => {
        const upstream = http.request(
          { hostname: up.hostname, port: up.port, method: req.method, path: req.url, headers: { ...req.headers, host: up.host } },
          (ur) => {
            const body: Buffer[] = [];
            ur.on('data', (c: Buffer) => body.push(c));
            ur.on('end', () => {
              const headers = { ...ur.headers };
              delete headers['transfer-encoding'];
              const text = Buffer.concat(body);
              answers.set(key, { status: ur.statusCode ?? 502, headers, body: text });
              then(ur.statusCode ?? 502, headers, text);
            });
          },
        );
        upstream.on('error', () => res.destroy());
        upstream.end(Buffer.concat(chunks));
      };
      const answer = (status: number, headers: http.IncomingHttpHeaders, body: Buffer) => {
        let text = body;
        if (action === 'dropAnswer') return req.socket.destroy();
        if (typeof action === 'object' && 'replaceBody' in action) text = Buffer.from(action.replaceBody(text.toString('utf8')));
        res.writeHead(status, { ...headers, 'content-length': String(text.length) });
        if (action === 'dieMidAnswer') {
          res.write(text.subarray(0, Math.floor(text.length / 2)));
          setTimeout(() => req.socket.destroy(), 20);
          return;
        }
        if (action === 'slow') {
          // Eight pieces, 25 ms apart: slow, but well inside any client timeout.
          const piece = Math.ceil(text.length / 8) || 1;
          let at = 0;
          const next = () => {
            if (res.destroyed) return;
            if (at >= text.length) return void res.end();
            res.write(text.subarray(at, at + piece));
            at += piece;
            setTimeout(next, 25);
          };
          return next();
        }
        res.end(text);
      };
      // The platform gets the request twice (a retransmission); the client hears the second answer.
      if (action === 'duplicate') forward(() => forward(answer));
      else forward(answer);
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
