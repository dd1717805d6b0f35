import { App } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/ApiError';
import type { useIssueForm } from './useIssueForm';

type IssueForm<V> = ReturnType<typeof useIssueForm<V>>;

export interface FormSaveOptions<V, R, A> {
  /** Where the channel's input holds the form's fields: the core's issue paths sit under it. */
  prefix: string;
  save(values: V, arg: A): Promise<R>;
  /** The success message for what was saved; without it the caller says so in `onSaved`. */
  savedMessage?(result: R): string;
  onSaved(result: R): void;
  /** A refusal other than VALIDATION that the form shows its own way (a conflict): true when handled. */
  onRefused?(err: Error): boolean;
  /** The field of the first problem, found before saving or by the core, for a form that jumps there. */
  onIssue?(path: string): void;
}

/**
 * A form's save: the values checked first (every problem shown at its field), then saved; a
 * VALIDATION refusal from the core shown at the fields too, any other failure said in a message.
 */
export function useFormSave<V, R, A = void>(issueForm: IssueForm<V>, options: FormSaveOptions<V, R, A>) {
  const { message } = App.useApp();
  const { t: tm } = useTranslation('messages');
  const mutation = useMutation({
    mutationFn: ({ values, arg }: { values: V; arg: A }) => options.save(values, arg),
    onSuccess: (result) => {
      if (options.savedMessage) void message.success(options.savedMessage(result));
      options.onSaved(result);
    },
    onError: (err) => {
      const issues = issueForm.showServerIssues(err, options.prefix);
      if (issues) {
        // The platform's refusal says so (平台拒绝了请求…); the core's own check is a VALIDATION.
        void message.error(isApiError(err, 'VALIDATION') ? tm('error.VALIDATION') : err.message);
        if (issues[0]) options.onIssue?.(issues[0].path);
      } else if (!options.onRefused?.(err)) void message.error(err.message);
    },
  });
  const submit = (arg: A) => {
    const values = issueForm.check();
    if (values) {
      mutation.mutate({ values, arg });
      return;
    }
    void message.error(tm('error.VALIDATION'));
    const first = issueForm.validateNow()[0];
    if (first) options.onIssue?.(first.path);
  };
  return { submit, isPending: mutation.isPending };
}
