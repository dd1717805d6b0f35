import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/core';
import { filePrefsStore } from './prefs-store';

describe('prefs file', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => void (dir = tempDir('cw-prefs-')));
  afterEach(() => dir.cleanup());

  it('reads a prefs.json written by an earlier install and writes it back whole', () => {
    const file = join(dir.dir, 'prefs.json');
    writeFileSync(file, JSON.stringify({ locale: 'en', workspaceDir: '/data/ws' }, null, '\t'));
    const store = filePrefsStore(file);
    expect(store.get()).toMatchObject({ locale: 'en', workspaceDir: '/data/ws' });
    store.set({ locale: 'zh-CN' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ locale: 'zh-CN', workspaceDir: '/data/ws' });
    expect(existsSync(`${file}.tmp`)).toBe(false);
    expect(filePrefsStore(file).get().locale).toBe('zh-CN');
  });

  it('starts from the defaults when the file is missing or damaged', () => {
    expect(filePrefsStore(join(dir.dir, 'none', 'prefs.json')).get().locale).toBe('zh-CN');
    const file = join(dir.dir, 'prefs.json');
    writeFileSync(file, '{"locale": "en", ');
    expect(filePrefsStore(file).get().locale).toBe('zh-CN');
  });
});
