import { useRef } from 'react';
import { App, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Demand } from '@shared/domain/demand';
import { DemandForm } from './DemandForm';
import { chinaToday, demandToValues, newDemandValues } from './demandValues';

export type DemandTarget = { mode: 'create' } | { mode: 'edit'; demand: Demand };

/** Create or edit one demand; closing with unsaved changes asks first. */
export function DemandDrawer({ target, onClose }: { target: DemandTarget | undefined; onClose(): void }) {
  const { t } = useTranslation('demands');
  const { t: tc } = useTranslation('catalogue');
  const { modal } = App.useApp();
  const dirty = useRef(false);
  const close = () => {
    dirty.current = false;
    onClose();
  };
  const requestClose = () => {
    if (!dirty.current) return close();
    modal.confirm({ title: tc('discard.title'), content: tc('discard.content'), okText: tc('discard.ok'), okButtonProps: { danger: true }, onOk: close });
  };
  const demand = target?.mode === 'edit' ? target.demand : undefined;
  return (
    <Drawer
      open={!!target}
      size={720}
      destroyOnHidden
      onClose={requestClose}
      title={demand ? t('editTitle', { number: demand.number }) : t('createTitle')}
      data-testid="demand-drawer"
    >
      {target ? (
        <DemandForm
          key={demand ? `${demand.id}:${demand.revision}` : 'new'}
          demand={demand}
          initial={demand ? demandToValues(demand) : newDemandValues(chinaToday())}
          onSaved={close}
          onCancel={requestClose}
          onDirty={() => void (dirty.current = true)}
        />
      ) : null}
    </Drawer>
  );
}
