import { Col, Row } from 'antd';
import type { JurisdictionProfile } from '@shared/profiles';
import { CodeFields, NameFields, ProviderFields, SummaryField } from '../sections/BasicFields';
import { ExtraField } from '../sections/ExtraField';
import { FormatClassField, FormatTypeField } from '../sections/FormatFields';
import { StepExtras } from './StepExtras';

/** Step 1: what the resource is — kind, names, summary, classification, provider and format; code and descriptive extensions folded. */
export function WhatStep({ profile, kindAsked = false }: { profile: JurisdictionProfile; kindAsked?: boolean }) {
  return (
    <div className="wizard-step" data-step="what">
      <NameFields profile={profile} withKind={!kindAsked} />
      <SummaryField />
      <ExtraField field="classification" profile={profile} />
      <ProviderFields />
      <Row gutter={16}>
        <Col span={12}>
          <FormatClassField />
        </Col>
        <Col span={12}>
          <FormatTypeField />
        </Col>
      </Row>
      <StepExtras step="what" profile={profile}>
        <CodeFields profile={profile} />
      </StepExtras>
    </div>
  );
}
