import { expect, it } from 'vitest';
import { Connection } from './sqlite';

it('a connection caching prepared statements reports bad statements and constraint failures as errors, and goes on', async () => {
  const c = await Connection.open(':memory:', false, true);
  try {
    await c.exec('CREATE TABLE t (id TEXT PRIMARY KEY)');
    // Twice each: the second use of the same text must fail the same way, not crash the process.
    for (let i = 0; i < 2; i++) await expect(c.run('INSERT INTO nope VALUES (?)', ['x'])).rejects.toThrow(/no such table/);
    await c.run('INSERT INTO t VALUES (?)', ['a']);
    for (let i = 0; i < 2; i++) await expect(c.run('INSERT INTO t VALUES (?)', ['a'])).rejects.toThrow(/UNIQUE/);
    expect((await c.run('INSERT INTO t VALUES (?)', ['b'])).changes).toBe(1);
    expect(await c.get('SELECT id FROM t WHERE id = ?', ['b'])).toEqual({ id: 'b' });
    expect(await c.get('SELECT id FROM t WHERE id = ?', ['zz'])).toBeUndefined();
    expect(await c.all('SELECT id FROM t ORDER BY id')).toEqual([{ id: 'a' }, { id: 'b' }]);
  } finally {
    await c.close();
  }
});
