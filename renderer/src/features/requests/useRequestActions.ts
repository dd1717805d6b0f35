import { App } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

/** The last part of a path the shell returned (Windows or POSIX separators). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * The requester's actions on one request, each with its message: the sealed demand form printed
 * to PDF, its sealed scan attached, submit, cancel, renew. Errors stay on the mutation so the
 * drawer can show them where they belong.
 */
export function useRequestActions(id: string) {
  const { t } = useTranslation('requests');
  const { message } = App.useApp();
  const fail = (err: Error) => void message.error(err.message);

  const print = useMutation({
    mutationFn: async () => {
      const form = await call('requests.demandForm', { id });
      return call('print.toPdf', { html: form.html });
    },
    onSuccess: () => void message.success(t('detail.printed')),
    onError: fail,
  });
  /** `null` when the officer cancels the file dialog. */
  const attach = useMutation({
    mutationFn: async () => {
      const { path } = await call('dialog.openFile', { filters: ['pdf', 'jpg', 'png'] });
      if (!path) return null;
      return call('attachments.add', { owner: { type: 'request', id }, role: 'sealedForm', fileName: baseName(path), source: { path } });
    },
    onSuccess: (a) => void (a && message.success(t('detail.attached', { name: a.fileName }))),
  });
  const submit = useMutation({
    mutationFn: () => call('requests.submit', { id }),
    onSuccess: () => void message.success(t('detail.submitted')),
  });
  const cancel = useMutation({
    mutationFn: (reason: string) => call('requests.cancel', { id, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    onSuccess: () => void message.success(t('detail.cancelled')),
    onError: fail,
  });
  const renew = useMutation({
    mutationFn: (reason: string) => call('requests.renew', { id, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    onSuccess: () => void message.success(t('detail.renewed')),
    onError: fail,
  });
  return { print, attach, submit, cancel, renew };
}
