import { z } from 'zod';
import { channel } from '../define';
import { DUE_SUBJECTS } from './requests';

/** The kinds of deadline a reminder can be about; each is switched on or off on its own. */
export const REMINDER_KINDS = DUE_SUBJECTS;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** At most two working weeks ahead: a longer lead would announce most running deadlines at once. */
export const MAX_LEAD_DAYS = 10;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.invalid' });

export const reminderKindSettingSchema = z.strictObject({
  enabled: z.boolean(),
  /** Working days before the due day from which the reminder is sent (0 = on the day only). */
  leadDays: z.number().int().min(0).max(MAX_LEAD_DAYS),
});

export const reminderSettingsSchema = z
  .strictObject({
    kinds: z.strictObject(Object.fromEntries(REMINDER_KINDS.map((k) => [k, reminderKindSettingSchema])) as Record<ReminderKind, typeof reminderKindSettingSchema>),
    /** Quiet outside working hours: nothing is shown before `start`, from `end` on, or on a day off by the calendar. */
    quietHours: z.strictObject({ enabled: z.boolean(), start: time, end: time }),
  })
  .refine((s) => s.quietHours.start < s.quietHours.end, { message: 'validation.hoursOrder', path: ['quietHours', 'end'] });
export type ReminderSettings = z.output<typeof reminderSettingsSchema>;

export const reminderChannels = {
  /** The workspace's reminder settings (the defaults until the officer saves some). */
  'reminders.settings': channel('core', z.strictObject({}), reminderSettingsSchema),
  /** Saves the reminder settings in the workspace; held reminders the change allows go out at once. */
  'reminders.saveSettings': channel('core', reminderSettingsSchema, reminderSettingsSchema),
};
