import type { JurisdictionProfile } from '@shared/profiles';
import { OpenFields } from '../sections/OpenFields';
import { StepExtras } from './StepExtras';

/** Step 4: 开放属性 — whether the public may use it, and on what condition; the online link and open figures folded. */
export function OpeningStep({ profile }: { profile: JurisdictionProfile }) {
  return (
    <div className="wizard-step" data-step="opening">
      <OpenFields profile={profile} />
      <StepExtras step="opening" profile={profile} />
    </div>
  );
}
