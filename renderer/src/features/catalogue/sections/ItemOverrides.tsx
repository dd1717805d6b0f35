import { Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPEN_TYPES, SHARE_TYPES } from '@shared/domain/enums';
import type { DataItemInput } from '@shared/domain/entry';
import { IssueField } from '../../../form/IssueField';
import { useLabels } from '../useLabels';

/** An item's own share/open attributes and sensitivity; empty means "as the resource". */
export const OVERRIDE_LEAVES = ['shareType', 'shareCondition', 'openType', 'openCondition', 'sensitive', 'desensitisation', 'isKey'] as const;

/** Whether an item sets any of its own attributes: its row opens to show them. */
export const hasOverrides = (item: DataItemInput | undefined) => OVERRIDE_LEAVES.some((k) => item?.[k] !== undefined && item[k] !== '' && item[k] !== false);

/** The override fields of item `index`, under the items table row. */
export function ItemOverrides({ index }: { index: number }) {
  const { t } = useTranslation('quality');
  const { t: tc } = useTranslation('catalogue');
  const labels = useLabels();
  const item = Form.useWatch<DataItemInput | undefined>(['items', index]);
  const at = (leaf: string) => ({ within: ['items'], name: [index, leaf], label: t(`itemField.${leaf}`) });
  return (
    <Row gutter={16} className="item-overrides" data-testid="item-overrides">
      <Col span={6}>
        <IssueField {...at('shareType')}>
          <Select options={SHARE_TYPES.map((v) => ({ value: v, label: labels.shareType(v) }))} allowClear placeholder={tc('items.inherit')} />
        </IssueField>
      </Col>
      <Col span={6}>
        <IssueField {...at('openType')}>
          <Select options={OPEN_TYPES.map((v) => ({ value: v, label: labels.openType(v) }))} allowClear placeholder={tc('items.inherit')} />
        </IssueField>
      </Col>
      <Col span={6}>
        <IssueField {...at('sensitive')} valuePropName="checked">
          <Switch />
        </IssueField>
      </Col>
      <Col span={6}>
        <IssueField {...at('isKey')} valuePropName="checked">
          <Switch />
        </IssueField>
      </Col>
      {item?.shareType && item.shareType !== 'unconditional' ? (
        <Col span={12}>
          <IssueField {...at('shareCondition')}>
            <Input maxLength={500} />
          </IssueField>
        </Col>
      ) : null}
      {item?.openType === 'conditional' ? (
        <Col span={12}>
          <IssueField {...at('openCondition')}>
            <Input maxLength={500} />
          </IssueField>
        </Col>
      ) : null}
      {item?.sensitive ? (
        <Col span={12}>
          <IssueField {...at('desensitisation')}>
            <Input maxLength={200} />
          </IssueField>
        </Col>
      ) : null}
    </Row>
  );
}
