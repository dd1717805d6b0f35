import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../index';
import { call, callError, fixedTime, initialisedCore, tempDir } from '../../../tests/helpers/core';
import { pullIntoWorkspace, sharedEntry } from '../../../tests/helpers/shared-catalogue';

const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const fields = {
  purpose: '核验',
  scenario: '审核',
  basisKind: 'law' as const,
  basisText: '某法第一条',
  shareMethod: 'file' as const,
  periodFrom: '2026-03-01',
  periodTo: '2026-03-31',
  contactName: '张三',
  contactPhone: '13812345678',
};

let dir: string;
let cleanup: () => void;
let core: Core;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  core = await initialisedCore(dir, { timeSource: fixedTime('2026-03-02T02:00:00.000Z'), sync: { auto: false }, reminders: { intervalMs: 0 } });
  await pullIntoWorkspace(dir, [sharedEntry('e1'), sharedEntry('e2')]);
});
afterEach(async () => {
  await core.close();
  cleanup();
});

describe('attachments', () => {
  it('stores the same content once, by its sha256, linked to each request that carries it', async () => {
    await call(core, 'basket.add', { entryId: 'e1', items: [] });
    await call(core, 'basket.add', { entryId: 'e2', items: [] });
    const r1 = await call(core, 'requests.create', { entryId: 'e1', fields });
    const r2 = await call(core, 'requests.create', { entryId: 'e2', fields });
    const a = await call(core, 'attachments.add', { owner: { type: 'request', id: r1.id }, fileName: '扫描件.JPG', source: { base64: JPG.toString('base64') } });
    const b = await call(core, 'attachments.add', { owner: { type: 'request', id: r2.id }, fileName: 'scan.jpeg', source: { base64: JPG.toString('base64') } });
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    const files = readdirSync(join(dir, 'attachments', a.sha256.slice(0, 2)));
    expect(files).toEqual([a.sha256]);
    expect(statSync(join(dir, 'attachments', a.sha256.slice(0, 2), a.sha256)).size).toBe(JPG.length);
    expect((await call(core, 'requests.get', { id: r1.id })).attachments).toEqual([expect.objectContaining({ fileName: '扫描件.JPG', type: 'jpeg' })]);
    expect((await call(core, 'requests.get', { id: r2.id })).attachments).toEqual([expect.objectContaining({ fileName: 'scan.jpeg', type: 'jpeg' })]);
  });

  it('refuses a form for a submitted request, an unknown owner, an unreadable path and unknown evidence', async () => {
    await call(core, 'basket.add', { entryId: 'e1', items: [] });
    const r = await call(core, 'requests.create', { entryId: 'e1', fields });
    await call(core, 'attachments.add', { owner: { type: 'request', id: r.id }, fileName: 'a.jpg', source: { base64: JPG.toString('base64') } });
    await call(core, 'requests.submit', { id: r.id });
    expect((await callError(core, 'attachments.add', { owner: { type: 'request', id: r.id }, fileName: 'b.jpg', source: { base64: JPG.toString('base64') } })).code).toBe('REQUEST_NOT_EDITABLE');
    expect((await callError(core, 'attachments.add', { owner: { type: 'request', id: 'nope' }, fileName: 'b.jpg', source: { base64: JPG.toString('base64') } })).code).toBe('NOT_FOUND');
    expect((await callError(core, 'attachments.add', { fileName: 'b.jpg', source: { path: join(dir, 'missing.jpg') } })).code).toBe('ATTACHMENT_UNREADABLE');
    expect((await callError(core, 'objections.raise', { entryId: 'e1', description: '有误', attachments: ['a'.repeat(64)] })).code).toBe('ATTACHMENT_UNKNOWN');
    // Nothing of the refused raise was kept.
    expect((await call(core, 'objections.list', {})).objections).toEqual([]);
  });
});
