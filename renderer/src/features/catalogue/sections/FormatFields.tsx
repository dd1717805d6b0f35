import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FORMAT_CLASSES, FORMAT_TYPES, type FormatClass } from '@shared/domain/enums';
import { IssueField } from '../../../form/IssueField';
import { useLabels, useOptions } from '../useLabels';

/** 格式分类, shared by the entry editor and the wizard. */
export function FormatClassField() {
  const { t } = useTranslation('catalogue');
  const classOptions = useOptions('formatClass', FORMAT_CLASSES);
  return (
    <IssueField name={['formatClass']} label={t('field.formatClass')} required>
      <Select options={classOptions} allowClear placeholder={t('placeholder.choose')} data-testid="formatClass" />
    </IssueField>
  );
}

/** 格式类型, linked to the chosen 格式分类; free text where the class names an industry format. */
export function FormatTypeField() {
  const { t } = useTranslation('catalogue');
  const { enumLabel } = useLabels();
  const formatClass = Form.useWatch<FormatClass | undefined>('formatClass');
  const types = formatClass ? FORMAT_TYPES[formatClass] : [];
  const freeText = formatClass !== undefined && types.length === 0;
  return (
    <IssueField name={['formatType']} label={t('field.formatType')} required>
      {freeText ? (
        <Input maxLength={50} placeholder={t('placeholder.selfDescribing')} />
      ) : (
        <Select
          options={types.map((v) => ({ value: v, label: enumLabel('formatType', v) }))}
          disabled={!formatClass}
          allowClear
          showSearch
          placeholder={formatClass ? t('placeholder.choose') : t('placeholder.formatClassFirst')}
          data-testid="formatType"
        />
      )}
    </IssueField>
  );
}
