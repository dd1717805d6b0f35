import { z } from 'zod';
import type { ChannelDef } from './define';
import { workspaceChannels } from './channels/workspace';
import { catalogueChannels } from './channels/catalogue';
import { demandChannels } from './channels/demands';
import { responsibilityChannels } from './channels/responsibilities';
import { zeroUpdateChannels } from './channels/zero-updates';
import { exchangeChannels } from './channels/exchange';
import { shellChannels } from './channels/shell';
import { searchChannels } from './channels/search';
import { syncChannels, syncProgressSchema, syncStateSchema } from './channels/sync';
import { deadlineReminderSchema, printChannels, requestChannels } from './channels/requests';
import { objectionChannels } from './channels/objections';
import { authorisationChannels } from './channels/authorisations';
import { attachmentChannels } from './channels/attachments';
import { noticeChannels } from './channels/notices';
import { evaluationChannels } from './channels/evaluation';
import { reportChannels } from './channels/reports';
import { auditChannels } from './channels/audit';
import { listChannels, openDataChannels } from './channels/lists';
import { reminderChannels } from './channels/reminders';
import { appErrorSchema } from './errors';

/**
 * The one IPC contract: every channel the renderer may call, with its input and output schema,
 * and every event the core pushes. Features add a module under ./channels and spread it here.
 */
export const CHANNELS = {
  ...workspaceChannels,
  ...catalogueChannels,
  ...demandChannels,
  ...responsibilityChannels,
  ...zeroUpdateChannels,
  ...exchangeChannels,
  ...shellChannels,
  ...searchChannels,
  ...syncChannels,
  ...requestChannels,
  ...objectionChannels,
  ...authorisationChannels,
  ...attachmentChannels,
  ...printChannels,
  ...noticeChannels,
  ...evaluationChannels,
  ...reportChannels,
  ...auditChannels,
  ...listChannels,
  ...openDataChannels,
  ...reminderChannels,
} satisfies Record<string, ChannelDef>;

export type Channels = typeof CHANNELS;
export type Channel = keyof Channels;
export type CoreChannel = { [C in Channel]: Channels[C]['owner'] extends 'core' ? C : never }[Channel];
export type ShellChannel = Exclude<Channel, CoreChannel>;
export type Input<C extends Channel> = z.input<Channels[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Channels[C]['input']>;
export type Output<C extends Channel> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(CHANNELS, name);
}

/**
 * What a `workspace.changed` event names as changed, one member per kind of data the core emits it
 * for. The renderer's query keys are rooted in these names, so an event's invalidation follows from it.
 */
export const CHANGED_ENTITIES = ['catalogue', 'sharedCatalogue', 'requests', 'objections', 'demands', 'responsibilities', 'zeroUpdates', 'conflict', 'notices', 'evaluation', 'lists', 'openData'] as const;
export const changedEntitySchema = z.enum(CHANGED_ENTITIES);
export type ChangedEntity = z.output<typeof changedEntitySchema>;

/** Events pushed from the core (and the shell) to the renderer. */
export const EVENTS = {
  /** Something in the workspace changed: lists showing `entity` should refetch. */
  'workspace.changed': z.object({ entity: changedEntitySchema, id: z.string().optional(), action: z.string() }),
  'workspace.status': z.object({ state: z.string() }),
  'outbox.changed': z.object({ count: z.number().int() }),
  /** Sync's state changed (docs/sync.md): the header redraws from it. */
  'sync.state': syncStateSchema,
  /** Progress of a long push or pull. */
  'sync.progress': syncProgressSchema,
  /** A message the officer must read, e.g. that the workspace was restored from a backup. */
  'workspace.notice': z.object({ level: z.enum(['info', 'warning', 'error']), error: appErrorSchema }),
  /** A deadline is one working day away (`dueSoon`) or has passed (`overdue`); emitted once each (electron/core/reminders). */
  'deadline.reminder': deadlineReminderSchema,
};
export type Events = typeof EVENTS;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];
