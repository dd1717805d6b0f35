import { describe, expect, it } from 'vitest';
import { CHANNELS, type CoreChannel } from '@shared/ipc/contract';
import type { CoreContext } from '../../electron/core/context';
import { attachmentHandlers } from '../../electron/core/attachments/handlers';
import { auditHandlers } from '../../electron/core/audit-trail/handlers';
import { catalogueHandlers } from '../../electron/core/catalogue/handlers';
import { catalogueDeadlineHandlers } from '../../electron/core/catalogue/deadline-handlers';
import { demandHandlers } from '../../electron/core/demands/handlers';
import { evaluationHandlers } from '../../electron/core/evaluation/handlers';
import { exchangeHandlers } from '../../electron/core/exchange/handlers';
import { noticeHandlers } from '../../electron/core/notices/handlers';
import { reportHandlers } from '../../electron/core/reports/handlers';
import { listHandlers } from '../../electron/core/lists/handlers';
import { openDataHandlers } from '../../electron/core/open-data/handlers';
import { objectionHandlers } from '../../electron/core/objections/handlers';
import { policyHandlers } from '../../electron/core/policy/handlers';
import { NO_POLICY } from '../../electron/core/policy/policy';
import { reminderHandlers } from '../../electron/core/deadlines/reminders';
import { requestHandlers } from '../../electron/core/requests/handlers';
import { responsibilityHandlers } from '../../electron/core/responsibilities/handlers';
import { reviewHandlers } from '../../electron/core/review/handlers';
import { authorityHandlers } from '../../electron/core/review/authority';
import { searchHandlers } from '../../electron/core/search/handlers';
import type { SyncEngine } from '../../electron/core/sync/engine';
import { syncHandlers } from '../../electron/core/sync/handlers';
import { workspaceHandlers } from '../../electron/core/workspace/handlers';
import { zeroUpdateHandlers } from '../../electron/core/zero-updates/handlers';

// A channel's handler is found by its name: the prefix names the folder under electron/core/
// whose handler map answers it (docs/architecture.md "Where a channel is handled").

/** Prefixes that are not a folder's name: the folder that owns them (docs/architecture.md). */
const OWNER_OF_PREFIX: Record<string, string> = {
  outbox: 'sync',
  zeroUpdates: 'zero-updates',
  authorisations: 'requests',
  basket: 'requests',
  disputes: 'requests',
  scenarios: 'requests',
  authority: 'review',
  audit: 'audit-trail',
  reminders: 'deadlines',
  openData: 'open-data',
};

// The handler maps are only built here, never called: a context that answers anything with itself will do.
const inert: unknown = new Proxy(function () {}, { get: () => inert, apply: () => inert });
const ctx = inert as CoreContext;
const engine = {} as SyncEngine;

/** Each folder's exported handler map, built as core/index.ts builds it. */
const FOLDER_HANDLERS: Record<string, object> = {
  attachments: attachmentHandlers(ctx, engine),
  catalogue: { ...catalogueHandlers(ctx), ...catalogueDeadlineHandlers(ctx) },
  'audit-trail': auditHandlers(ctx),
  deadlines: reminderHandlers(ctx, []),
  demands: demandHandlers(ctx),
  evaluation: evaluationHandlers(ctx, engine, []),
  exchange: exchangeHandlers(ctx),
  notices: noticeHandlers(ctx, engine),
  reports: reportHandlers(ctx, engine),
  lists: listHandlers(ctx, engine),
  'open-data': openDataHandlers(ctx),
  objections: objectionHandlers(ctx),
  policy: policyHandlers(ctx, NO_POLICY),
  requests: requestHandlers(ctx),
  responsibilities: responsibilityHandlers(ctx),
  review: { ...reviewHandlers(ctx, engine), ...authorityHandlers(ctx, engine) },
  search: searchHandlers(ctx),
  sync: syncHandlers(ctx, engine),
  workspace: workspaceHandlers(ctx, () => ({ state: 'uninitialised', dir: '' })),
  'zero-updates': zeroUpdateHandlers(ctx),
};

const coreChannels = Object.entries(CHANNELS)
  .filter(([, def]) => def.owner === 'core')
  .map(([name]) => name as CoreChannel);

const folderOf = (channel: string) => {
  const prefix = channel.slice(0, channel.indexOf('.'));
  return OWNER_OF_PREFIX[prefix] ?? prefix;
};

describe('channel handlers live with their feature', () => {
  it.each(coreChannels)('%s is handled by the folder its prefix names, and by no other', (channel) => {
    const folder = folderOf(channel);
    expect(FOLDER_HANDLERS[folder], `no handler map for folder ${folder}/`).toBeDefined();
    expect(Object.hasOwn(FOLDER_HANDLERS[folder]!, channel), `${channel} is not in ${folder}/'s handler map`).toBe(true);
    const others = Object.entries(FOLDER_HANDLERS).filter(([f, map]) => f !== folder && Object.hasOwn(map, channel));
    expect(others.map(([f]) => f)).toEqual([]);
  });

  it('no folder handles a channel the contract does not have', () => {
    const known = new Set<string>(coreChannels);
    const stray = Object.entries(FOLDER_HANDLERS).flatMap(([f, map]) => Object.keys(map).filter((c) => !known.has(c)).map((c) => `${f}/${c}`));
    expect(stray).toEqual([]);
  });

  it('every prefix exception names a folder with a handler map', () => {
    for (const folder of Object.values(OWNER_OF_PREFIX)) expect(FOLDER_HANDLERS[folder]).toBeDefined();
  });
});
