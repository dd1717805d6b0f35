import type { ComponentType, ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  DatabaseOutlined,
  ExclamationCircleOutlined,
  FileSearchOutlined,
  InboxOutlined,
  SendOutlined,
  SettingOutlined,
  SolutionOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { CatalogueScreen } from '../catalogue/CatalogueScreen';
import { DemandsScreen } from '../features/demands/DemandsScreen';
import { ResponsibilitiesScreen } from '../features/responsibilities/ResponsibilitiesScreen';
import { SharedCatalogueScreen } from '../shared-catalogue/SharedCatalogueScreen';

/** One screen of the left navigation; its label is `nav:<key>`. Without `screen` it shows "coming later". */
export interface Route {
  key: string;
  icon: ReactNode;
  screen?: ComponentType;
}

/** Adding a screen is one line here. */
export const ROUTES: Route[] = [
  { key: 'catalogue', icon: <DatabaseOutlined />, screen: CatalogueScreen },
  { key: 'responsibilities', icon: <SolutionOutlined />, screen: ResponsibilitiesScreen },
  { key: 'demands', icon: <InboxOutlined />, screen: DemandsScreen },
  { key: 'sharedCatalogue', icon: <FileSearchOutlined />, screen: SharedCatalogueScreen },
  { key: 'myRequests', icon: <SendOutlined /> },
  { key: 'toDecide', icon: <AuditOutlined /> },
  { key: 'objections', icon: <ExclamationCircleOutlined /> },
  { key: 'sync', icon: <SyncOutlined /> },
  { key: 'overview', icon: <BarChartOutlined /> },
  { key: 'settings', icon: <SettingOutlined /> },
];

export const DEFAULT_ROUTE = 'catalogue';

export function findRoute(key: string | undefined): Route {
  return ROUTES.find((r) => r.key === key) ?? ROUTES.find((r) => r.key === DEFAULT_ROUTE)!;
}
