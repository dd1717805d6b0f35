import { Button, Tooltip } from 'antd';
import { ShoppingCartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useWorkspaceInfo } from '../../api/hooks';
import { useEntryDetails, type DetailsTarget } from '../search/EntryDetails';
import { useBasket } from './useBasket';

/**
 * "Add to basket" in a shared entry's details: the ticked data items, or the whole entry when none
 * is ticked. An own entry or one not shared cannot be requested, and says so.
 */
export function AddToBasket({ target, items }: { target: DetailsTarget; items: readonly string[] }) {
  const { t } = useTranslation('requests');
  const info = useWorkspaceInfo();
  const entry = useEntryDetails(target).data;
  const basket = useBasket();
  if (!entry || target.scope !== 'shared' || !('departmentCode' in entry)) return null;
  const refusal = entry.departmentCode === info?.departmentCode ? t('basket.ownEntry') : entry.shareType === 'none' ? t('basket.notShared') : undefined;
  const inBasket = basket.entries.find((b) => b.entryId === entry.id);
  const label = items.length ? t('basket.addItems', { count: items.length }) : t('basket.addEntry');
  return (
    <Tooltip title={refusal ?? (inBasket ? t('basket.inBasket') : t('basket.addHint'))}>
      <Button
        type="primary"
        icon={<ShoppingCartOutlined />}
        disabled={refusal !== undefined}
        loading={basket.add.isPending}
        onClick={() => basket.add.mutate({ entryId: entry.id, items: [...items], name: entry.name })}
        data-testid="basket-add"
      >
        {label}
      </Button>
    </Tooltip>
  );
}
