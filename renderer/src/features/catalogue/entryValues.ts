import { fieldsOfKind, KIND_FIELD_NAMES } from '@shared/domain/resource-kind';
import type { Entry, EntryInput } from '@shared/domain/entry';
import { FORMAT_TYPES } from '@shared/domain/enums';
import type { WorkspaceInfo } from '@shared/ipc/channels/workspace';

/** What the form holds: the channel's entry input, partly filled while the officer types. */
export type EntryFormValues = Partial<EntryInput>;

/** A new entry starts with the workspace's department as provider and sharing via the platform (the guideline's default). */
export function newEntryValues(info: Pick<WorkspaceInfo, 'departmentName' | 'departmentCode'> | undefined): EntryFormValues {
  return {
    kind: 'data',
    provider: info?.departmentName ?? '',
    providerCode: info?.departmentCode ?? '',
    shareMethodClass: 'platform',
    items: [],
  };
}

/**
 * A saved entry as form values. Only the bookkeeping fields are dropped: fields this form does not
 * render yet (added to the schema later) travel through unchanged instead of being erased on save.
 */
export function entryToValues(entry: Entry): EntryFormValues {
  const { id: _id, state: _state, revision: _revision, createdAt: _c, updatedAt: _u, ...values } = entry;
  return values as EntryFormValues;
}

/**
 * Linked fields: a new format class clears a format type it does not offer; an
 * unconditional share type needs no condition; only conditional opening has an open condition.
 * Returns the fields to reset, given what just changed.
 */
export function dependentResets(changed: EntryFormValues, all: EntryFormValues): EntryFormValues {
  const resets: EntryFormValues = {};
  if ('formatClass' in changed && all.formatClass && all.formatType) {
    const offered = FORMAT_TYPES[all.formatClass];
    if (offered.length > 0 && !offered.includes(all.formatType)) resets.formatType = undefined;
  }
  if ('shareType' in changed && all.shareType === 'unconditional' && all.shareCondition) resets.shareCondition = undefined;
  if ('openType' in changed && all.openType !== 'conditional' && all.openCondition) resets.openCondition = undefined;
  // Another kind: the fields of the kind left behind go, so none is refused as not belonging.
  if ('kind' in changed) {
    const kept = fieldsOfKind(all.kind);
    for (const f of KIND_FIELD_NAMES) if (!kept.includes(f) && all[f] !== undefined) (resets as Record<string, unknown>)[f] = undefined;
  }
  return resets;
}
