import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JurisdictionProfile } from '@shared/profiles';
import { ShareMethodFields, ShareTypeFields, useAllowedMethodTypes } from '../sections/ShareFields';
import { useLabels } from '../useLabels';
import { StepExtras } from './StepExtras';

/**
 * Step 3: 共享属性 in the profile's words. The share method types offered follow
 * from the format chosen in step 1, and a hint says so. Docking and the shared figures follow.
 */
export function SharingStep({ profile }: { profile: JurisdictionProfile }) {
  const { t: tw } = useTranslation('wizard');
  const labels = useLabels();
  const form = Form.useFormInstance();
  const formatType = Form.useWatch<string | undefined>('formatType', { form, preserve: true });
  const { formatClass, allowed } = useAllowedMethodTypes();
  return (
    <div className="wizard-step" data-step="sharing">
      <ShareTypeFields />
      <ShareMethodFields profile={profile} />
      {formatClass ? (
        <Typography.Text type="secondary" className="wizard-hint" data-testid="method-hint">
          {tw('hint.methodTypes', {
            format: labels.format(formatClass, formatType),
            types: allowed.map((v) => labels.enumLabel('shareMethodType', v)).join(tw('listSeparator')),
          })}
        </Typography.Text>
      ) : null}
      <StepExtras step="sharing" profile={profile} />
    </div>
  );
}
