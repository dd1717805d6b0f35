import { Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { IssueField } from '../../form/IssueField';
import { useProfile } from '../useProfile';
import { KindField, ProviderFields, SummaryField } from './BasicFields';
import { ExtraField } from './ExtraField';
import { FormSection } from './FormSection';

/** 资源类型, 信息资源名称 (and English name), 代码, 提供方 and its code, 内设科室, 摘要. */
export function BasicsSection() {
  const { t } = useTranslation('catalogue');
  const { t: tw } = useTranslation('wizard');
  const profile = useProfile();
  return (
    <FormSection id="basics" title={t('section.basics')}>
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
      <ExtraField field="nameEn" profile={profile} />
      <Row gutter={16}>
        <Col span={16}>
          <IssueField name={['code']} label={tw('field.code')}>
            <Input maxLength={64} className="mono" />
          </IssueField>
        </Col>
        <Col span={8}>
          <ExtraField field="codeConfirmed" profile={profile} />
        </Col>
      </Row>
      <ProviderFields />
      <IssueField name={['providerUnit']} label={t('field.providerUnit')}>
        <Input maxLength={100} placeholder={t('placeholder.providerUnit')} />
      </IssueField>
      <SummaryField />
    </FormSection>
  );
}
