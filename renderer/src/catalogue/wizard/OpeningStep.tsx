import type { JurisdictionProfile } from '@shared/profiles';
import { OpenFields } from '../sections/OpenFields';

/** Step 4: 开放属性 — whether the public may use it, and on what condition. */
export function OpeningStep({ profile }: { profile: JurisdictionProfile }) {
  return (
    <div className="wizard-step" data-step="opening">
      <OpenFields profile={profile} />
    </div>
  );
}
