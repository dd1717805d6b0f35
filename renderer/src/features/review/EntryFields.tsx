import { useState, type ReactNode } from 'react';
import { Button, Descriptions, Table, Tooltip, Typography } from 'antd';
import { CommentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { classificationCode, classificationPath, type Classification } from '@shared/domain/classification';
import type { DataItem, EntryInput } from '@shared/domain/entry';
import type { OpenType, ShareType } from '@shared/domain/enums';
import { labelOf, VOCABULARIES, type VocabularyName } from '@shared/domain/labels';
import { useFieldLabel } from '../catalogue/quality/useFieldLabel';
import { useLabels } from '../catalogue/useLabels';
import { useLocale } from '../../i18n/LocaleContext';
import { commentableFields, ITEM_ATTRIBUTES, ITEM_COLUMNS } from './fieldPaths';

interface Props {
  entry: EntryInput;
  /** The comments written so far, as notes by field path. */
  notes: ReadonlyMap<string, ReactNode>;
  /** Chooses a field for the next comment. */
  onPick(path: string): void;
}

/** A submitted entry's fields, read-only, each with a button to comment on it and its comments beneath; an item's own attributes under its row. */
export function EntryFields({ entry, notes, onPick }: Props) {
  const { t } = useTranslation('review');
  const { t: tc } = useTranslation('catalogue');
  const { t: tq } = useTranslation('quality');
  const fieldLabel = useFieldLabel();
  const format = useFormat();
  const [toggled, setToggled] = useState<ReadonlyMap<number, boolean>>(new Map());
  const pick = (path: string) => (
    <Tooltip title={t('queue.commentOn', { field: fieldLabel(path) })}>
      <Button type="text" size="small" icon={<CommentOutlined />} onClick={() => onPick(path)} aria-label={t('queue.commentOn', { field: fieldLabel(path) })} data-testid="pick-field" data-path={path} />
    </Tooltip>
  );
  const cell = (path: string, value: ReactNode) => (
    <div data-field-view={path}>
      {value}
      {notes.get(path)}
    </div>
  );
  const top = commentableFields(entry).filter((f) => !f.startsWith('items.'));
  return (
    <>
      <Descriptions column={1} size="small" bordered className="review-fields" data-testid="review-fields">
        {top.map((key) => (
          <Descriptions.Item
            key={key}
            label={
              <span className="review-field-label">
                {fieldLabel(key)}
                {pick(key)}
              </span>
            }
          >
            {cell(key, format(key, (entry as Record<string, unknown>)[key]))}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Typography.Title level={5} className="review-items-title">
        {t('queue.items', { count: entry.items?.length ?? 0 })}
      </Typography.Title>
      <Table<DataItem>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={(entry.items ?? []) as DataItem[]}
        data-testid="review-items"
        expandable={{
          // Labelled as the officer's ItemOverrides labels them, so a comment reads the same on both sides.
          expandedRowRender: (item, i) => (
            <Descriptions size="small" column={2} className="review-item-attributes" data-testid="review-item-attributes">
              {ITEM_ATTRIBUTES.map((leaf) => (
                <Descriptions.Item
                  key={leaf}
                  label={
                    <span className="review-field-label">
                      {tq(`itemField.${leaf}`)}
                      {pick(`items.${i}.${leaf}`)}
                    </span>
                  }
                >
                  {cell(`items.${i}.${leaf}`, format(leaf, item[leaf]))}
                </Descriptions.Item>
              ))}
            </Descriptions>
          ),
          // Open where the item sets its own attributes or a comment names one; the reviewer's toggle wins.
          expandedRowKeys: (entry.items ?? []).flatMap((item, i) => ((toggled.get(i) ?? ITEM_ATTRIBUTES.some((l) => (item[l] !== undefined && item[l] !== '') || notes.has(`items.${i}.${l}`))) ? [String(i)] : [])),
          onExpand: (open, item) => setToggled((m) => new Map(m).set((entry.items ?? []).indexOf(item), open)),
        }}
        columns={[
          { title: tc('items.index'), width: 56, render: (_, __, i) => i + 1 },
          ...ITEM_COLUMNS.map((leaf) => ({
            title: tc(`items.${leaf}`),
            render: (_: unknown, item: DataItem, i: number) => (
              <span className="review-item-cell">
                {cell(`items.${i}.${leaf}`, format(leaf === 'type' ? 'itemType' : leaf, item[leaf]))}
                {pick(`items.${i}.${leaf}`)}
              </span>
            ),
          })),
        ]}
      />
    </>
  );
}

/** A field's value as the officer's form names it: enumerations and profile wordings labelled. */
function useFormat() {
  const labels = useLabels();
  const { locale } = useLocale();
  return (key: string, value: unknown): ReactNode => {
    if (value === undefined || value === null || value === '') return <Typography.Text type="secondary">—</Typography.Text>;
    if (key === 'shareType') return labels.shareType(value as ShareType);
    if (key === 'openType') return labels.openType(value as OpenType);
    if (key === 'classification') {
      const c = value as Classification;
      return `${classificationCode(c)} ${classificationPath(c)
        .map((l) => l[locale])
        .join(' › ')}`;
    }
    // Vocabularies shared with import/export (数据分级, 主题 …) word their values; the form's enums the rest.
    const vocabulary = key in VOCABULARIES ? (key as VocabularyName) : undefined;
    const word = (v: unknown) =>
      typeof v === 'boolean' ? labelOf('boolean', v ? 'true' : 'false', locale) : vocabulary ? labelOf(vocabulary, v as never, locale) : labels.enumLabel(key, String(v));
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'boolean')) return value.map(word).join(', ');
    if (typeof value === 'string' || typeof value === 'boolean') return word(value);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
}
