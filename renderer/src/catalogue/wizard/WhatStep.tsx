import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORMAT_CLASSES, FORMAT_TYPES, type FormatClass } from '@shared/domain/enums';
import { labelOf } from '@shared/domain/labels';
import type { JurisdictionProfile } from '@shared/profiles';
import { IssueField } from '../../form/IssueField';
import { useLocale } from '../../i18n/LocaleContext';
import { useOptions } from '../useLabels';
import { ClassificationCascader } from './ClassificationCascader';

/** Step 1: what the resource is — kind, name, summary, classification, provider and format. */
export function WhatStep({ profile }: { profile: JurisdictionProfile }) {
  const { t } = useTranslation('catalogue');
  const { t: tw } = useTranslation('wizard');
  const { locale } = useLocale();
  const formatClass = Form.useWatch<FormatClass | undefined>('formatClass');
  const classOptions = useOptions('formatClass', FORMAT_CLASSES);
  const types = formatClass ? FORMAT_TYPES[formatClass] : [];
  const freeText = formatClass !== undefined && types.length === 0;
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
      <IssueField name={['summary']} label={t('field.summary')} required>
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('placeholder.summary')} />
      </IssueField>
      <IssueField name={['classification']} label={tw('field.classification')} required={profile.requiredFields.includes('classification')}>
        <ClassificationCascader schemes={profile.classifications} />
      </IssueField>
      <Row gutter={16}>
        <Col span={12}>
          <IssueField name={['provider']} label={t('field.provider')} required>
            <Input maxLength={100} />
          </IssueField>
        </Col>
        <Col span={12}>
          <IssueField name={['providerCode']} label={t('field.providerCode')}>
            <Input maxLength={18} className="mono" />
          </IssueField>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <IssueField name={['formatClass']} label={t('field.formatClass')} required>
            <Select options={classOptions} allowClear placeholder={t('placeholder.choose')} data-testid="formatClass" />
          </IssueField>
        </Col>
        <Col span={12}>
          <IssueField name={['formatType']} label={t('field.formatType')} required>
            {freeText ? (
              <Input maxLength={50} placeholder={t('placeholder.selfDescribing')} />
            ) : (
              <Select
                options={types.map((v) => ({ value: v, label: v }))}
                disabled={!formatClass}
                allowClear
                showSearch
                placeholder={formatClass ? t('placeholder.choose') : t('placeholder.formatClassFirst')}
                data-testid="formatType"
              />
            )}
          </IssueField>
        </Col>
      </Row>
    </div>
  );
}
