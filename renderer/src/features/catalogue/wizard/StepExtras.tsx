import type { ReactNode } from 'react';
import { Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JurisdictionProfile } from '@shared/profiles';
import { ExtraFieldGrid } from '../sections/ExtraFieldGrid';
import { extrasOfStep } from './steps';

interface Props {
  step: Parameters<typeof extrasOfStep>[0];
  profile: JurisdictionProfile;
  /** The step's own optional fields, folded before its extensions (the what step's explicit code). */
  children?: ReactNode;
}

/**
 * A step's extensions through the editor's controls: the profile-required ones in view, the rest
 * under a folded "more (optional)" panel. Rendered while folded, so a jump to a field there finds it.
 */
export function StepExtras({ step, profile, children }: Props) {
  const { t } = useTranslation('wizard');
  const { required, optional } = extrasOfStep(step, profile);
  return (
    <>
      {required.length ? <ExtraFieldGrid fields={required} /> : null}
      <Collapse
        size="small"
        className="wizard-more"
        data-testid="wizard-more"
        items={[
          {
            key: 'more',
            label: t('more'),
            forceRender: true,
            children: (
              <>
                {children}
                <ExtraFieldGrid fields={optional} />
              </>
            ),
          },
        ]}
      />
    </>
  );
}
