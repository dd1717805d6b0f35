import { useState } from 'react';
import { Collapse, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DataItemInput } from '@shared/domain/entry';
import type { ResourceKind } from '@shared/domain/enums';
import { KindFields } from '../sections/KindFields';
import type { QualityIssueView } from '@shared/ipc/channels/catalogue';
import { DataItemsSection } from '../sections/DataItemsSection';
import { DdlImport, type DockedItem } from './DdlImport';
import { ItemAdviceList } from './ItemAdviceList';

interface Props {
  /** The draft's quality findings (sensitive items, 一数一源). */
  issues: readonly QualityIssueView[];
  /** Items were set programmatically: validation must run again (antd reports only typed changes). */
  onItemsChanged(): void;
}

/** Step 2: the data items — typed in, or built from a table structure — with advice on each. */
export function ItemsStep({ issues, onItemsChanged }: Props) {
  const kind = Form.useWatch<ResourceKind | undefined>('kind', { preserve: true });
  // A non-data resource (拱墅 第二条) has its kind's own fields here instead of data items.
  return kind && kind !== 'data' ? <KindFieldsStep kind={kind} /> : <DataItemsStep issues={issues} onItemsChanged={onItemsChanged} />;
}

function KindFieldsStep({ kind }: { kind: ResourceKind }) {
  const { t } = useTranslation('wizard');
  return (
    <div className="wizard-step" data-step="items" data-kind={kind}>
      <Typography.Paragraph type="secondary">{t('kind.fieldsHint')}</Typography.Paragraph>
      <KindFields kind={kind} />
    </div>
  );
}

function DataItemsStep({ issues, onItemsChanged }: Props) {
  const { t } = useTranslation('wizard');
  const form = Form.useFormInstance();
  // Open while the officer has no items yet; folded once the docked ones are added.
  const [docking, setDocking] = useState<string[]>(() => ((form.getFieldValue('items') as unknown[] | undefined)?.length ? [] : ['ddl']));
  const items = (): DataItemInput[] => (form.getFieldValue('items') as DataItemInput[] | undefined) ?? [];

  const addDocked = (docked: DockedItem[]) => {
    const added = docked.map((d) => ({ name: d.name, nameEn: d.nameEn, type: d.type, length: d.length ?? '', ...(d.isKey ? { isKey: true } : {}) }));
    form.setFieldValue('items', [...items().filter((i) => i?.name || i?.nameEn), ...added]);
    setDocking([]);
    onItemsChanged();
  };

  const applySuggestion = (index: number) => {
    const next = items().map((item, i) =>
      i === index
        ? {
            ...item,
            sensitive: true,
            shareType: 'conditional' as const,
            shareCondition: item.shareCondition || t('advice.condition'),
            desensitisation: item.desensitisation || t('advice.desensitisation'),
            ...(item.openType === undefined || item.openType === 'unconditional' ? { openType: 'none' as const } : {}),
          }
        : item,
    );
    form.setFieldValue('items', next);
    onItemsChanged();
  };

  return (
    <div className="wizard-step" data-step="items">
      <Collapse
        activeKey={docking}
        onChange={(keys) => setDocking(keys)}
        className="ddl-collapse"
        items={[{ key: 'ddl', label: t('ddl.title'), children: <DdlImport onAdd={addDocked} /> }]}
        data-testid="ddl-collapse"
      />
      <ItemAdviceList issues={issues} onApply={applySuggestion} />
      <DataItemsSection />
    </div>
  );
}
