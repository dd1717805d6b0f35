import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Account, Role } from '@shared/protocol/index';
import type { Db, Tx } from './db/sqlite';
import { HttpError } from './errors';

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number, keylen: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, { N, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`, so the cost can rise later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p, SCRYPT.keylen);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, n, r, p, salt, hash] = stored.split('$');
  if (algo !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p), expected.length);
  return timingSafeEqual(key, expected);
}

/** Tokens are stored only as their sha256, so a copy of the database signs nobody in. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

interface AccountRow {
  user: string;
  password_hash: string;
  role: Role;
  department_code: string;
  department_name: string;
}

export interface Session extends Account {
  tokenHash: string;
  expiresAt: string;
}

const ACCOUNT_SQL =
  'SELECT a.user, a.password_hash, a.role, a.department_code, d.name AS department_name FROM accounts a JOIN departments d ON d.code = a.department_code';

/** A password check that costs the same whether or not the user exists (no user enumeration). */
const DUMMY_HASH = hashPassword('not a password');

export async function login(db: Db, user: string, password: string, now: Date, ttlMs: number): Promise<{ token: string; session: Session }> {
  const row = await db.get<AccountRow>(`${ACCOUNT_SQL} WHERE a.user = ?`, [user]);
  const ok = await verifyPassword(password, row?.password_hash ?? (await DUMMY_HASH));
  if (!row || !ok) throw new HttpError('BAD_CREDENTIALS');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM tokens WHERE expires_at < ?', [now.toISOString()]);
    await tx.run('INSERT INTO tokens (token_hash, user, expires_at, created_at) VALUES (?, ?, ?, ?)', [tokenHash(token), row.user, expiresAt, now.toISOString()]);
  });
  return { token, session: toSession(row, tokenHash(token), expiresAt) };
}

function toSession(row: AccountRow, hash: string, expiresAt: string): Session {
  return { user: row.user, role: row.role, departmentCode: row.department_code, departmentName: row.department_name, tokenHash: hash, expiresAt };
}

/** The session behind `Authorization: Bearer …`, or the typed reason there is none. */
export async function authenticate(db: Db, header: string | undefined, now: Date): Promise<Session> {
  const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header ?? '');
  if (!match) throw new HttpError('AUTH_REQUIRED');
  const hash = tokenHash(match[1] as string);
  const row = await db.get<AccountRow & { expires_at: string }>(
    ACCOUNT_SQL.replace(' FROM ', ', t.expires_at FROM ') + ' JOIN tokens t ON t.user = a.user WHERE t.token_hash = ?',
    [hash],
  );
  if (!row) throw new HttpError('AUTH_REQUIRED');
  if (!(row.expires_at > now.toISOString())) throw new HttpError('TOKEN_EXPIRED');
  return toSession(row, hash, row.expires_at);
}

export async function logout(db: Db, session: Session): Promise<void> {
  await db.transaction((tx) => tx.run('DELETE FROM tokens WHERE token_hash = ?', [session.tokenHash]));
}

/** Creates (or replaces) an account: seeding and administration only, never over HTTP. */
export async function putAccount(tx: Tx, user: string, passwordHash: string, role: Role, departmentCode: string, now: string): Promise<void> {
  await tx.run(
    'INSERT INTO accounts (user, password_hash, role, department_code, created_at) VALUES (?, ?, ?, ?, ?) ' +
      'ON CONFLICT (user) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role, department_code = excluded.department_code',
    [user, passwordHash, role, departmentCode, now],
  );
}

/** One sign-in being checked: counted against its user name and its address until it succeeds. */
export interface LoginAttempt {
  keys: string[];
  at: number;
}

/**
 * Failed sign-ins, counted per user name and per address. Each attempt is counted when it
 * starts, before the (slow, asynchronous) password check, so guesses sent in parallel cannot all
 * pass the check on a counter that none of them has raised yet; a right password gives its
 * count back. A name with `perUser` failures in `windowMs`, or an address with `perAddress`,
 * is answered RATE_LIMITED (with the seconds to wait) until the oldest of them leaves the window:
 * the back-off always ends, so others' guesses can hold an account up, never lock it for good,
 * and an address guessing across many names is held on its own.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly perUser = 5,
    private readonly perAddress = 20,
    private readonly windowMs = 5 * 60_000,
  ) {}

  /** Counts an attempt, or throws RATE_LIMITED when its name or its address is backed off. */
  begin(user: string, address: string, now: number): LoginAttempt {
    const limits: [string, number][] = [
      [`user:${user}`, this.perUser],
      [`addr:${address}`, this.perAddress],
    ];
    let retryAfter = 0;
    for (const [key, max] of limits) {
      const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
      this.failures.set(key, recent);
      if (recent.length >= max) retryAfter = Math.max(retryAfter, Math.ceil((this.windowMs - (now - (recent[0] as number))) / 1000));
    }
    if (retryAfter > 0) throw new HttpError('RATE_LIMITED', { retryAfter });
    for (const [key] of limits) (this.failures.get(key) as number[]).push(now);
    this.forgetOld(now);
    return { keys: limits.map(([key]) => key), at: now };
  }

  /** The right password: the attempt is given back and the name's failures are forgotten. */
  succeed(attempt: LoginAttempt): void {
    this.giveBack(attempt);
    this.failures.delete(attempt.keys[0] as string);
  }

  /** A check that failed for another reason than the password (e.g. the database): not a guess. */
  giveBack(attempt: LoginAttempt): void {
    for (const key of attempt.keys) {
      const times = this.failures.get(key);
      const i = times?.indexOf(attempt.at) ?? -1;
      if (times && i >= 0) times.splice(i, 1);
    }
  }

  // Guessing many user names must not grow this without bound: forget keys whose window passed.
  private forgetOld(now: number): void {
    if (this.failures.size <= 10_000) return;
    for (const [key, times] of this.failures) if (now - (times[times.length - 1] ?? 0) >= this.windowMs) this.failures.delete(key);
  }
}
