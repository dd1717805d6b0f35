import { Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLOUD_SERVICES, PROTECTION_LEVELS, type ResourceKind } from '@shared/domain/enums';
import { labelOf } from '@shared/domain/labels';
import { fieldsOfKind, isRequiredForKind, type KindFieldName } from '@shared/domain/resource-kind';
import { IssueField } from '../../../form/IssueField';
import { useLocale } from '../../../i18n/LocaleContext';
import { FormSection } from './FormSection';

/**
 * The control of one kind field: a yes/no choice, a level or service from its list, a whole count,
 * or text. The form item's value and onChange (`bound`) go on to the control.
 */
function KindFieldControl({ field, ...bound }: { field: KindFieldName } & Record<string, unknown>) {
  const { t } = useTranslation('wizard');
  const { locale } = useLocale();
  switch (field) {
    case 'onGovCloud':
      // A required yes/no: a switch would read "no" before the officer answers.
      return (
        <Radio.Group
          {...bound}
          options={[
            { value: true, label: t('kind.yes') },
            { value: false, label: t('kind.no') },
          ]}
          data-testid={field}
        />
      );
    case 'protectionLevel':
      return <Select {...bound} options={PROTECTION_LEVELS.map((v) => ({ value: v, label: labelOf('protectionLevel', v, locale) }))} allowClear placeholder={t('placeholder.choose')} data-testid={field} />;
    case 'cloudService':
      return <Select {...bound} options={CLOUD_SERVICES.map((v) => ({ value: v, label: labelOf('cloudService', v, locale) }))} allowClear placeholder={t('placeholder.choose')} data-testid={field} />;
    case 'userCount':
    case 'deviceCount':
      return <InputNumber {...bound} min={0} precision={0} className="extra-amount" data-testid={field} />;
    case 'componentInterface':
      return <Input.TextArea {...bound} rows={2} maxLength={500} showCount data-testid={field} />;
    default:
      return <Input {...bound} maxLength={field === 'appUrl' ? 500 : 200} data-testid={field} />;
  }
}

/** The fields of a non-data kind (应用的访问地址、等保级别…), two to a row; nothing for data. */
export function KindFields({ kind }: { kind: ResourceKind | undefined }) {
  const { t } = useTranslation('wizard');
  const fields = fieldsOfKind(kind);
  if (!fields.length) return null;
  return (
    <Row gutter={16} data-testid="kind-fields">
      {fields.map((f) => (
        <Col span={f === 'componentInterface' ? 24 : 12} key={f}>
          <IssueField name={[f]} label={t(`extra.${f}`)} required={isRequiredForKind(kind, f)}>
            <KindFieldControl field={f} />
          </IssueField>
        </Col>
      ))}
    </Row>
  );
}

/** The entry editor's block for a non-data resource's own fields; hidden for data. */
export function KindFieldsSection() {
  const { t } = useTranslation('wizard');
  const { locale } = useLocale();
  const kind = Form.useWatch<ResourceKind | undefined>('kind', { preserve: true });
  if (!fieldsOfKind(kind).length || !kind) return null;
  return (
    <FormSection id="kind" title={t('kind.fieldsTitle', { kind: labelOf('kind', kind, locale) })}>
      <Typography.Paragraph type="secondary">{t('kind.fieldsHint')}</Typography.Paragraph>
      <KindFields kind={kind} />
    </FormSection>
  );
}
