import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Demand } from '@shared/domain/demand';
import type { DemandSuggestion } from '@shared/ipc/channels/demands';
import { useBasket } from '../shared-catalogue/useBasket';
import { RequestDrawer, type RequestTarget } from './RequestDrawer';

/**
 * "Request this" on a matched demand: the entry goes into the basket with the items that answer
 * the need, and the request form opens with what the demand already says (basis, scenario, contact).
 */
export function RequestThisButton({ demand, suggestion: s }: { demand: Demand; suggestion: DemandSuggestion }) {
  const { t } = useTranslation('requests');
  const basket = useBasket();
  const [target, setTarget] = useState<RequestTarget>();
  const items = [...new Set(s.matches.map((m) => s.items[m.position - 1]).filter((n): n is string => n !== undefined))];
  // A refusal (own entry, not shared) is said by the basket; the form opens only for what can be requested.
  const open = () =>
    basket.add
      .mutateAsync({ entryId: s.entryId, items, name: s.name })
      .then(() => setTarget({ mode: 'create', entryId: s.entryId, items, prefill: demand }))
      .catch(() => undefined);
  return (
    <>
      <Button size="small" loading={basket.add.isPending} onClick={() => void open()} data-testid={`suggestion-request-${s.entryId}`}>
        {t('basket.requestThis')}
      </Button>
      <RequestDrawer target={target} onClose={() => setTarget(undefined)} />
    </>
  );
}
