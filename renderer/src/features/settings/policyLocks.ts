import type { PolicySetting, PolicyView } from '@shared/ipc/channels/sync';

/** As in VS Code: a setting the policy gives is fixed, and `locked` fixes more. */
export function isLockedByPolicy(policy: PolicyView | undefined, setting: PolicySetting): boolean {
  if (!policy || policy.error) return false;
  const given = setting === 'caBundle' ? policy.caBundle : policy[setting] !== undefined;
  return given || policy.locked.includes(setting);
}
