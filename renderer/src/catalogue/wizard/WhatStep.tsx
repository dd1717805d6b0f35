import { Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { labelOf } from '@shared/domain/labels';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../form/IssueField';
import { ProviderFields, SummaryField } from '../sections/BasicFields';
import { useLocale } from '../../i18n/LocaleContext';
import { FormatClassField, FormatTypeField } from '../sections/FormatFields';
import { ClassificationCascader } from './ClassificationCascader';

/** Step 1: what the resource is — kind, name, summary, classification, provider and format. */
export function WhatStep({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('catalogue');
  const { t: tw } = useTranslation('wizard');
  const { locale } = useLocale();
  return (
    <div className="wizard-step" data-step="what">
      <Row gutter={16}>
        <Col span={8}>
          <IssueField name={['kind']} label={tw('field.kind')} required>
            <Select
              options={profile.resourceKinds.map((k) => ({ value: k, label: labelOf('kind', k, locale) }))}
              disabled={profile.resourceKinds.length < 2}
              data-testid="kind"
            />
          </IssueField>
        </Col>
        <Col span={16}>
          <IssueField name={['name']} label={t('field.name')} required>
            <Input maxLength={100} showCount placeholder={t('placeholder.name')} />
          </IssueField>
        </Col>
      </Row>
      <SummaryField />
      <IssueField name={['classification']} label={tw('field.classification')} required={profile.requiredFields.includes('classification')}>
        <ClassificationCascader schemes={profile.classifications} />
      </IssueField>
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
