import { z } from 'zod';
import { scenarioGrantSchema, seasonalUseSchema, suspensionSchema } from '../../protocol/authorisations';

/**
 * The authorisation lifecycle of a request as both sides see it (docs/requests.md "Authorisation
 * lifecycle"): what the platform holds, and the scenario a draft is to be filed under.
 */
export const lifecycleViewSchema = z.object({
  /** The authorisation this request renews. */
  renews: z.string().optional(),
  /** The renewal filed for this authorisation (it stays in force until the renewal is decided). */
  renewedBy: z.string().optional(),
  /** Granted at once under a registered application scenario. */
  scenario: scenarioGrantSchema.optional(),
  /** A draft's chosen scenario, sent with the request when it is submitted. */
  scenarioId: z.string().optional(),
  seasonal: seasonalUseSchema.optional(),
  suspension: suspensionSchema.optional(),
});
export type LifecycleView = z.output<typeof lifecycleViewSchema>;
