import { Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { IssueField } from '../../form/IssueField';
import { FormSection } from './FormSection';

/** 信息资源名称, 提供方 and its code, 内设科室, 摘要. */
export function BasicsSection() {
  const { t } = useTranslation('catalogue');
  return (
    <FormSection id="basics" title={t('section.basics')}>
      <IssueField name={['name']} label={t('field.name')} required>
        <Input maxLength={100} showCount placeholder={t('placeholder.name')} />
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
      <IssueField name={['providerUnit']} label={t('field.providerUnit')}>
        <Input maxLength={100} placeholder={t('placeholder.providerUnit')} />
      </IssueField>
      <IssueField name={['summary']} label={t('field.summary')} required>
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('placeholder.summary')} />
      </IssueField>
    </FormSection>
  );
}
