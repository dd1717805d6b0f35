import { Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { IssueField } from '../../form/IssueField';

/** 信息资源提供方 and its 统一社会信用代码, shared by the entry editor and the wizard. */
export function ProviderFields() {
  const { t } = useTranslation('catalogue');
  return (
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
  );
}

/** 信息资源摘要. */
export function SummaryField() {
  const { t } = useTranslation('catalogue');
  return (
    <IssueField name={['summary']} label={t('field.summary')} required>
      <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('placeholder.summary')} />
    </IssueField>
  );
}
