import { App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Asks the shell for a folder and opens it as the workspace; cancelling the picker changes nothing. */
export function useOpenAnotherWorkspace() {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: async () => {
      const { dir } = await call('dialog.chooseWorkspace', {});
      return dir === null ? undefined : call('workspace.open', { dir });
    },
    onSuccess: (status) => {
      if (status) client.setQueryData(queryKeys.workspace.of('status'), status);
      void client.invalidateQueries();
    },
    onError: (err) => void message.error(err.message),
  });
}
