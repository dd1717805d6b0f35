import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Prefs } from '@shared/ipc/channels/shell';
import { call } from './api/client';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';

async function start(): Promise<void> {
  // The saved language decides the first paint; without the shell's answer, start in Chinese.
  const prefs: Prefs = await call('prefs.get', {}).catch(() => ({ locale: 'zh-CN' as const }));
  const i18n = await createI18n(prefs.locale);
  document.documentElement.lang = prefs.locale;
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} prefs={prefs} />
    </StrictMode>,
  );
}

void start();
