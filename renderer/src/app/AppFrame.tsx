import { useState } from 'react';
import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { AppHeader } from './AppHeader';
import { ComingSoon } from './ComingSoon';
import { findRoute, ROUTES } from './routes';

/** The app once a workspace is open: navigation on the left, header on top, the chosen screen. */
export function AppFrame({ initialView }: { initialView?: string }) {
  const { t } = useTranslation('nav');
  const [view, setView] = useState(() => findRoute(initialView).key);
  const route = findRoute(view);
  const Screen = route.screen;

  const navigate = (key: string) => {
    setView(key);
    call('prefs.set', { lastView: key }).catch(() => {});
  };

  return (
    <Layout className="app-frame">
      <Layout.Sider width={208} className="app-sider">
        <div className="app-brand">{t('brand')}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[route.key]}
          items={ROUTES.map((r) => ({ key: r.key, icon: r.icon, label: t(r.key) }))}
          onClick={({ key }) => navigate(key)}
          data-testid="nav"
        />
      </Layout.Sider>
      <Layout>
        <AppHeader />
        <Layout.Content className="app-content">{Screen ? <Screen /> : <ComingSoon routeKey={route.key} />}</Layout.Content>
      </Layout>
    </Layout>
  );
}
