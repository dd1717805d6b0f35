import { Suspense, useState } from 'react';
import { Layout, Menu, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useAccount } from '../features/sync/useAccount';
import { ReminderToasts } from '../features/overview/ReminderToasts';
import { AppHeader } from './AppHeader';
import { ComingSoon } from './ComingSoon';
import { NavigationContext } from './NavigationContext';
import { DEFAULT_ROUTE, findRoute, REVIEWER_ROUTE, routesFor } from './routes';

/** The app once a workspace is open: navigation on the left, header on top, the chosen screen. */
export function AppFrame({ initialView }: { initialView?: string }) {
  const { t } = useTranslation('nav');
  const [view, setView] = useState(() => findRoute(initialView).key);
  const role = useAccount()?.role;
  // Only the signed-in role's screens; a screen that is not theirs falls back to their first one.
  const routes = routesFor(role);
  const route = routes.find((r) => r.key === view) ?? routes.find((r) => r.key === (role === 'reviewer' ? REVIEWER_ROUTE : DEFAULT_ROUTE)) ?? routes[0]!;
  const Screen = route.screen;

  const navigate = (key: string) => {
    setView(key);
    call('prefs.set', { lastView: key }).catch(() => {});
  };

  return (
    <NavigationContext.Provider value={navigate}>
      <Layout className="app-frame">
        <Layout.Sider width={208} className="app-sider">
          <div className="app-brand">{t('brand')}</div>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={[route.key]}
            items={routes.map((r) => ({ key: r.key, icon: r.icon, label: t(r.key) }))}
            onClick={({ key }) => navigate(key)}
            data-testid="nav"
          />
        </Layout.Sider>
        <ReminderToasts />
        <Layout>
          <AppHeader />
          <Layout.Content className="app-content">
            <Suspense fallback={<Spin className="screen-loading" data-testid="screen-loading" />}>{Screen ? <Screen /> : <ComingSoon routeKey={route.key} />}</Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </NavigationContext.Provider>
  );
}
