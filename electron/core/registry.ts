import { CHANGE_KINDS } from '@shared/protocol/index';
import { announcementSync } from './announcements/sync';
import { catalogueSync } from './catalogue/sync';
import { attachmentPath } from './exchange/attachments';
import { listSync } from './lists/sync';
import { noticeSync } from './notices/sync';
import { objectionSync } from './objections/sync';
import { requestSync } from './requests/sync';
import { sharedCatalogueSync } from './shared-catalogue/sync';
import { buildRegistry, type SyncRegistry } from './sync/registry';
import { zeroUpdateSync } from './zero-updates/sync';

/**
 * The sync registry of this core: each feature's `sync.ts` registration (docs/architecture.md
 * "Adding an operation kind"). Every change kind of the protocol must have an applier here.
 */
export function coreRegistry(): SyncRegistry {
  return buildRegistry([catalogueSync, sharedCatalogueSync, requestSync, objectionSync, zeroUpdateSync, announcementSync, noticeSync, listSync], {
    changeKinds: CHANGE_KINDS,
    attachmentPath,
  });
}
