import { App } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

/** Seasonal declaration, renewal and revocation of a grant, each with its message (lists refresh on the core's change event). */
export function useAuthorisationActions() {
  const { t } = useTranslation('decisions');
  const { message } = App.useApp();
  const fail = (err: Error) => void message.error(err.message);
  const setSeasonal = async (a: { id: string; seasonal: boolean; reason?: string }) => {
    try {
      const r = await call('authorisations.setSeasonal', a);
      void message.success(t(r.seasonal ? 'auth.seasonalOn' : 'auth.seasonalOff', { name: r.entryName }));
    } catch (err) {
      fail(err as Error);
      throw err;
    }
  };
  const renew = useMutation({
    mutationFn: (id: string) => call('requests.renew', { id }),
    onSuccess: (r) => void message.success(t('auth.renewDone', { name: r.entryName })),
    onError: fail,
  });
  const revoke = async (id: string, reason: string) => {
    try {
      const r = await call('authorisations.revoke', { id, reason });
      void message.success(t('auth.revokeDone', { name: r.entryName }));
    } catch (err) {
      fail(err as Error);
      throw err;
    }
  };
  return { setSeasonal, renew, revoke };
}
