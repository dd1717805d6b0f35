import type { CoreContext, HandlerMap } from '../context';
import { policyView, type Policy } from './policy';

/** The administrator's policy as the settings screen shows it (what is locked, and why not applied). */
export function policyHandlers(ctx: CoreContext, policy: Policy): HandlerMap<'policy.get'> {
  return {
    'policy.get': async () => policyView(policy, ctx.locale),
  };
}
