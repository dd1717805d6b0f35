import { useContext, useState } from 'react';
import { Alert, Button, Form, Input, Select, Table, Tooltip } from 'antd';
import { DeleteOutlined, MinusSquareOutlined, PlusOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DATA_ITEM_TYPES } from '@shared/domain/enums';
import type { DataItemInput } from '@shared/domain/entry';
import { FieldNotesContext } from '../../../form/FieldNotes';
import { IssueField } from '../../../form/IssueField';
import { useIssues } from '../../../form/IssueContext';
import { useOptions } from '../useLabels';
import { FormSection } from './FormSection';
import { hasOverrides, ItemOverrides } from './ItemOverrides';

/** 信息项: one editable row per field of the resource. */
export function DataItemsSection() {
  const { t } = useTranslation('catalogue');
  const { t: tm } = useTranslation('messages');
  const typeOptions = useOptions('itemType', DATA_ITEM_TYPES);
  const { issues, serverIssues, showAll } = useIssues();
  const listIssue = serverIssues.get('items') ?? (showAll ? issues.get('items') : undefined);
  const items = Form.useWatch<DataItemInput[] | undefined>('items', { preserve: true });
  const notes = useContext(FieldNotesContext);
  // A row opens by itself when the item has attributes of its own, or a problem or a reviewer's comment on them; the officer's toggle wins.
  const [toggled, setToggled] = useState<ReadonlyMap<number, boolean>>(new Map());
  const overrideIssue = (i: number) => [...issues.keys(), ...serverIssues.keys(), ...notes.keys()].some((p) => p.startsWith(`items.${i}.`) && !/\.(name|nameEn|type|length)$/.test(p));
  const expanded = (key: number, i: number) => toggled.get(key) ?? (hasOverrides(items?.[i]) || overrideIssue(i));

  return (
    <FormSection id="items" title={t('section.items')}>
      {listIssue ? <Alert type="error" showIcon title={tm(listIssue)} className="items-issue" data-field="items" /> : null}
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={fields}
              className="items-table"
              data-testid="items-table"
              locale={{ emptyText: t('items.empty') }}
              expandable={{
                expandedRowRender: (f) => <ItemOverrides index={f.name} />,
                expandedRowKeys: fields.filter((f) => expanded(f.key, f.name)).map((f) => f.key),
                onExpand: (open, f) => setToggled((m) => new Map(m).set(f.key, open)),
                columnTitle: null,
                expandIcon: ({ expanded: isOpen, onExpand, record }) => (
                  <Tooltip title={t('items.overrides')}>
                    <Button
                      type="text"
                      size="small"
                      icon={isOpen ? <MinusSquareOutlined /> : <PlusSquareOutlined />}
                      onClick={(e) => onExpand(record, e)}
                      aria-label={t('items.overrides')}
                      aria-expanded={isOpen}
                      className="item-overrides-toggle"
                      data-testid="item-overrides-toggle"
                    />
                  </Tooltip>
                ),
              }}
              columns={[
                { title: t('items.index'), width: 56, render: (_, __, i) => i + 1 },
                {
                  title: t('items.name'),
                  render: (_, f) => (
                    <IssueField within={['items']} name={[f.name, 'name']} className="cell-field">
                      <Input maxLength={100} placeholder={t('items.namePlaceholder')} aria-label={t('items.name')} />
                    </IssueField>
                  ),
                },
                {
                  title: t('items.nameEn'),
                  width: 170,
                  render: (_, f) => (
                    <IssueField within={['items']} name={[f.name, 'nameEn']} className="cell-field">
                      <Input maxLength={100} aria-label={t('items.nameEn')} />
                    </IssueField>
                  ),
                },
                {
                  title: t('items.type'),
                  width: 160,
                  render: (_, f) => (
                    <IssueField within={['items']} name={[f.name, 'type']} className="cell-field">
                      <Select options={typeOptions} aria-label={t('items.type')} />
                    </IssueField>
                  ),
                },
                {
                  title: t('items.length'),
                  width: 120,
                  render: (_, f) => (
                    <IssueField within={['items']} name={[f.name, 'length']} className="cell-field">
                      <Input maxLength={8} placeholder={t('items.lengthPlaceholder')} aria-label={t('items.length')} />
                    </IssueField>
                  ),
                },
                {
                  width: 48,
                  render: (_, f) => (
                    <Tooltip title={t('items.remove')}>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('items.remove')} />
                    </Tooltip>
                  ),
                },
              ]}
            />
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', type: 'C', length: '' })}
              className="items-add"
              data-testid="add-item"
            >
              {t('items.add')}
            </Button>
          </>
        )}
      </Form.List>
    </FormSection>
  );
}
