import { z } from 'zod';
import { dateSchema, departmentCodeSchema, idSchema, queryInt, timestampSchema, withServerTime } from './common';

/**
 * The authorisation lifecycle on the platform (docs/requests.md "Authorisation lifecycle"): usage
 * reported per day, the requester's seasonal-use declaration, the authority's suspension, and the
 * application scenarios the authority registers for scenario-based grants.
 */

/** The requester's declaration that the data is used only in some seasons (伊川's exemption from revocation when unused). */
export const seasonalUseSchema = z.object({ reason: z.string(), declaredAt: timestampSchema });

/** The authority suspended the authorisation for misuse; `liftedAt` once it lifted the suspension. */
export const suspensionSchema = z.object({
  reason: z.string(),
  suspendedAt: timestampSchema,
  liftedAt: timestampSchema.optional(),
  liftNote: z.string().optional(),
});

/** The registered scenario a request was granted under (《丽水市公共数据资源管理办法》第十九条（三）). */
export const scenarioGrantSchema = z.object({ scenarioId: idSchema, name: z.string(), basis: z.string() });

/** Calls of one day (China day) through the provider's gateway. */
export const usageDaySchema = z.strictObject({ day: dateSchema, calls: z.number().int().min(0).max(1_000_000_000) });

/** What the feed carries of an authorisation's usage: the recent days and the last day of use. */
export const usageSummarySchema = z.object({
  requestId: idSchema,
  days: z.array(usageDaySchema),
  /** The last day with at least one call, over all recorded days. */
  lastUsedOn: dateSchema.optional(),
  totalCalls: z.number().int().min(0),
});
export type UsageSummary = z.output<typeof usageSummarySchema>;

/** An application scenario the authority registered: who may be granted what under it, and when. */
export const scenarioInputSchema = z
  .strictObject({
    name: z.string().trim().min(1, { message: 'validation.required' }).max(200),
    /** The legal or policy basis of the scenario. */
    basis: z.string().trim().min(1, { message: 'validation.required' }).max(2000),
    /** The entries it covers, each with the items it covers (empty = the whole entry). */
    resources: z
      .array(z.strictObject({ entryId: idSchema, items: z.array(z.string().min(1).max(100)).max(2000).default([]) }))
      .min(1, { message: 'validation.required' })
      .max(500),
    /** The requesting departments it covers. */
    departments: z.array(departmentCodeSchema).min(1, { message: 'validation.required' }).max(500),
    validFrom: dateSchema,
    validUntil: dateSchema,
  })
  .refine((s) => s.validFrom <= s.validUntil, { path: ['validUntil'], message: 'validation.requestReversedPeriod' });

export const scenarioSchema = z.object({
  id: idSchema,
  revision: z.number().int().min(1),
  name: z.string(),
  basis: z.string(),
  resources: z.array(z.object({ entryId: idSchema, entryName: z.string(), items: z.array(z.string()) })),
  departments: z.array(departmentCodeSchema),
  validFrom: dateSchema,
  validUntil: dateSchema,
  registeredAt: timestampSchema,
  /** Set when the authority withdrew it: no further grants under it. */
  withdrawnAt: timestampSchema.optional(),
  updatedAt: timestampSchema,
});
export type Scenario = z.output<typeof scenarioSchema>;

// Endpoints: the authority (reviewer) suspends and lifts, registers scenarios; usage is recorded by
// the reviewer or by the provider's gateway (the provider department's officer account).

export const authorisationIdParamsSchema = z.strictObject({ id: idSchema });
export const suspendRequestSchema = z.strictObject({ revision: z.number().int().min(1), reason: z.string().trim().min(1).max(1000) });
export const liftSuspensionRequestSchema = z.strictObject({ revision: z.number().int().min(1), note: z.string().trim().max(1000).optional() });
export const recordUsageRequestSchema = z.strictObject({ days: z.array(usageDaySchema).min(1).max(366) });
export const recordUsageResponseSchema = withServerTime({ usage: usageSummarySchema });
export const scenarioIdParamsSchema = z.strictObject({ id: idSchema });
export const registerScenarioRequestSchema = scenarioInputSchema;
export const scenarioResponseSchema = withServerTime({ scenario: scenarioSchema });
export const scenariosQuerySchema = z.strictObject({ offset: queryInt(0, 1_000_000).optional(), limit: queryInt(1, 500).optional() });
export const scenariosResponseSchema = withServerTime({ total: z.number().int(), scenarios: z.array(scenarioSchema) });
