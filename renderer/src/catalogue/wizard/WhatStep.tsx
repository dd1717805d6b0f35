import { Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../form/IssueField';
import { KindField, ProviderFields, SummaryField } from '../sections/BasicFields';
import { ExtraField } from '../sections/ExtraField';
import { FormatClassField, FormatTypeField } from '../sections/FormatFields';

/** Step 1: what the resource is — kind, name, summary, classification, provider and format. */
export function WhatStep({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('catalogue');
  return (
    <div className="wizard-step" data-step="what">
      <Row gutter={16}>
        <Col span={8}>
          <KindField profile={profile} />
        </Col>
        <Col span={16}>
          <IssueField name={['name']} label={t('field.name')} required>
            <Input maxLength={100} showCount placeholder={t('placeholder.name')} />
          </IssueField>
        </Col>
      </Row>
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
    </div>
  );
}
