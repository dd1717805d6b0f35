import { getProfile, type JurisdictionProfile } from '@shared/profiles';
import { useWorkspaceInfo } from '../../api/hooks';

/** The open workspace's jurisdiction profile (national until the workspace says otherwise). */
export function useProfile(): JurisdictionProfile {
  return getProfile(useWorkspaceInfo()?.profileId ?? 'national');
}
