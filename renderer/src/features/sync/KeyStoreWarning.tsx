import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Said where the officer signs in: without a system keyring (Linux basic_text) the token is effectively plain text. */
export function KeyStoreWarning() {
  const { t } = useTranslation('sync');
  const status = useQuery({ queryKey: queryKeys.keyStore.of('status'), queryFn: () => call('keyStore.status', {}), staleTime: Infinity });
  if (!status.data?.plainText) return null;
  return <Alert type="warning" showIcon className="signin-alert" title={t('keyStore.plainTextTitle')} description={t('keyStore.plainTextBody')} data-testid="keystore-warning" />;
}
