import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UPDATE_CYCLES } from '@shared/domain/enums';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../../form/IssueField';
import { useOptions } from '../useLabels';
import { ExtraField } from '../sections/ExtraField';
import { RESPONSIBILITY_FIELDS } from './steps';
import { StepExtras } from './StepExtras';

/** Step 5: update cycle and responsibility, then the extensions of this step: in view where the profile requires them, otherwise folded. */
export function CycleStep({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('catalogue');
  const cycleOptions = useOptions('updateCycle', UPDATE_CYCLES);
  return (
    <div className="wizard-step" data-step="cycle">
      <IssueField name={['updateCycle']} label={t('field.updateCycle')} required>
        <Select options={cycleOptions} allowClear placeholder={t('placeholder.choose')} data-testid="updateCycle" />
      </IssueField>
      {RESPONSIBILITY_FIELDS.map((f) => (
        <ExtraField key={f} field={f} profile={profile} />
      ))}
      <StepExtras step="cycle" profile={profile} />
    </div>
  );
}
