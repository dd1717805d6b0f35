import { useEffect, useState } from 'react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { Prefs } from '@shared/ipc/channels/shell';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { WorkspaceGate } from '../features/workspace/WorkspaceGate';
import { startOverlayFocus } from './overlayFocus';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The core is local and pushes change events: no polling, no refetch on focus, no retry storms.
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false },
      mutations: { retry: false },
    },
  });
}

export function App({ i18n, prefs }: { i18n: i18n; prefs: Prefs }) {
  const [client] = useState(makeQueryClient);
  useEffect(() => startOverlayFocus(), []);
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider i18n={i18n} initial={prefs.locale}>
        <AntApp className="app-root">
          <WorkspaceGate initialView={prefs.lastView} />
        </AntApp>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
