import { z } from 'zod';
import { channel } from '../define';
import { recordUsageRequestSchema, scenarioInputSchema, scenarioSchema, usageDaySchema, usageSummarySchema } from '../../protocol/authorisations';
import { shareRequestSchema } from '../../protocol/records';
import { requestViewSchema } from './requests';

export { lifecycleViewSchema, type LifecycleView } from './lifecycle';

/** An authorisation as 待我审批 → 授权 and the requester's view list it. */
export const authorisationViewSchema = z.object({
  request: requestViewSchema,
  expiresAt: z.string().optional(),
  /** Within the profile's reminder period before `expiresAt` (default 5 working days). */
  expiresSoon: z.boolean(),
  /** First day of that period. */
  expiryReminderFrom: z.string().optional(),
  /** Suspended by the authority for misuse (not lifted). */
  suspended: z.boolean(),
  /** Usage as the platform reports it: the recent days, the last day of use, the total. */
  usage: z.object({ days: z.array(usageDaySchema), lastUsedOn: z.string().optional(), totalCalls: z.number().int() }),
  /** Unused long enough to be revoked (伊川: more than 3 months since the last use or delivery), unless seasonal. */
  revocable: z.boolean(),
  revocableSince: z.string().optional(),
});
export type AuthorisationView = z.output<typeof authorisationViewSchema>;

const id = z.string().min(1).max(64);

export const authorisationChannels = {
  'authorisations.list': channel('core', z.strictObject({ role: z.enum(['requester', 'provider']).optional() }), z.object({ today: z.string(), authorisations: z.array(authorisationViewSchema) })),
  /** The requester declares seasonal use (reason required) or withdraws it; queues `request.declareSeasonal`. */
  'authorisations.setSeasonal': channel(
    'core',
    z
      .strictObject({ id, seasonal: z.boolean(), reason: z.string().trim().max(1000, { message: 'validation.tooLong' }).optional() })
      .refine((d) => !d.seasonal || !!d.reason, { path: ['reason'], message: 'validation.required' }),
    requestViewSchema,
  ),
  'authorisations.revoke': channel('core', z.strictObject({ id, reason: z.string().trim().min(1, { message: 'validation.required' }).max(1000) }), requestViewSchema),
  /** The application scenarios the platform sent (those covering this department or its resources). */
  'scenarios.list': channel('core', z.strictObject({}), z.object({ today: z.string(), scenarios: z.array(scenarioSchema) })),
  // The authority (reviewer account): each relays a reviewer endpoint with the signed-in token.
  /** Suspends an active authorisation for misuse, with its reason. */
  'authority.suspend': channel('core', z.strictObject({ id, revision: z.number().int().min(1), reason: z.string().trim().min(1, { message: 'validation.required' }).max(1000) }), z.object({ request: shareRequestSchema })),
  'authority.lift': channel('core', z.strictObject({ id, revision: z.number().int().min(1), note: z.string().trim().max(1000).optional() }), z.object({ request: shareRequestSchema })),
  'authority.registerScenario': channel('core', scenarioInputSchema, z.object({ scenario: scenarioSchema })),
  'authority.withdrawScenario': channel('core', z.strictObject({ id }), z.object({ scenario: scenarioSchema })),
  'authority.scenarios': channel('core', z.strictObject({}), z.object({ total: z.number().int(), scenarios: z.array(scenarioSchema) })),
  /** Records an authorisation's calls per day (the authority, or the provider's own account for its gateway). */
  'authority.recordUsage': channel('core', recordUsageRequestSchema.extend({ id }), z.object({ usage: usageSummarySchema })),
  /** Files a draft under a registered scenario (or none): sent with the request on submit. */
  'requests.useScenario': channel('core', z.strictObject({ id, scenarioId: id.nullable() }), requestViewSchema),
};
