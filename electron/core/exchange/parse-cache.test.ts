import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tempDir } from '../../../tests/helpers/core';
import { readSource } from './files';
import { writeWorkbook } from '../../../tests/helpers/workbooks';
import { ParseCache } from './importer';

const HEADER = ['信息资源名称*', '信息资源提供方*', '信息资源摘要*', '信息资源格式分类*', '信息资源格式类型*', '共享类型*', '是否向社会开放*', '更新周期*'];

describe('ParseCache', () => {
  let dir: string;
  let cleanup: () => void;

  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => {
    vi.useRealTimers();
    cleanup();
  });

  async function file(name: string) {
    const path = join(dir, `${name}.xlsx`);
    await writeWorkbook(path, [{ name: '目录', rows: [HEADER, [name, '伊川县数据局', '摘要', '电子文件', 'pdf', '无条件共享', '否', '每年']] }]);
    return readSource(path);
  }

  it('parses a file once for preview and apply, keeps two files, forgets them after a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const cache = new ParseCache();
    const [a, b, c] = [await file('甲'), await file('乙'), await file('丙')];
    const first = await cache.get(a, 'national1272');
    expect(first.parse.entries.map((e) => e.name)).toEqual(['甲']);
    // The apply reads the same bytes again: same hash, no second parse.
    expect(await cache.get(readSource(a.path), 'national1272')).toBe(first);
    // Another classification tree splits codes differently: parsed on its own.
    expect(await cache.get(a, 'songjiang')).not.toBe(first);
    await cache.get(b, 'national1272');
    await cache.get(c, 'national1272');
    const again = await cache.get(a, 'national1272');
    expect(again).not.toBe(first);
    expect(again.parse.entries).toEqual(first.parse.entries);
    expect(await cache.get(a, 'national1272')).toBe(again);
    vi.advanceTimersByTime(16 * 60_000);
    expect(await cache.get(a, 'national1272')).not.toBe(again);
  });

  it('is not kept alive by its timers once nobody holds it (a closed core keeps no parsed file)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const used = async () => {
      const cache = new ParseCache();
      await cache.get(await file('甲'), 'national1272');
      return new WeakRef(cache);
    };
    const ref = await used();
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(ref.deref()).toBeUndefined();
  });
});
