import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '@shared/ipc/errors';
import { ApiError } from '../../api/ApiError';

/**
 * A typed error in the current language: the `messages` text of its code with its parameters,
 * else the core's own message (so a code the renderer does not know still reads as something).
 */
export function useErrorText() {
  const { t } = useTranslation('messages');
  return useCallback(
    (err: AppErrorData | ApiError | Error): string => {
      if (err instanceof ApiError) return t(`error.${err.code}`, { ...err.params, defaultValue: err.message });
      if ('code' in err && typeof err.code === 'string') {
        const data = err as AppErrorData;
        return t(`error.${data.code}`, { ...data.details?.params, defaultValue: data.message });
      }
      return err.message;
    },
    [t],
  );
}
