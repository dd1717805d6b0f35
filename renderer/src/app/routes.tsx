import { lazy, type ComponentType, type ReactNode } from 'react';
import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  DatabaseOutlined,
  ExclamationCircleOutlined,
  FileSearchOutlined,
  GlobalOutlined,
  HistoryOutlined,
  InboxOutlined,
  SendOutlined,
  SettingOutlined,
  SolutionOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import type { Role } from '@shared/protocol/common';
import { CatalogueScreen } from '../features/catalogue/CatalogueScreen';

/**
 * A screen loaded when first shown: the bundle the app starts with holds the frame and the
 * catalogue (the first screen), so it is parsed and run sooner; the 统计 charts and the other
 * screens come as their own chunks.
 */
function later<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazy<ComponentType>(async () => ({ default: (await load())[name] }));
}

/**
 * One screen of the left navigation; its label is `nav:<key>`. Without `screen` it shows "coming later".
 * The key is the screen's folder under renderer/src/features/.
 */
export interface Route {
  key: string;
  icon: ReactNode;
  screen?: ComponentType;
  /** Shown only to accounts of these roles (a signed-out workspace counts as an officer's); all when omitted. */
  roles?: readonly Role[];
}

/** Adding a screen is one line here. */
export const ROUTES: Route[] = [
  { key: 'catalogue', icon: <DatabaseOutlined />, screen: CatalogueScreen, roles: ['officer'] },
  { key: 'responsibilities', icon: <SolutionOutlined />, screen: later(() => import('../features/responsibilities/ResponsibilitiesScreen'), 'ResponsibilitiesScreen'), roles: ['officer'] },
  { key: 'demands', icon: <InboxOutlined />, screen: later(() => import('../features/demands/DemandsScreen'), 'DemandsScreen'), roles: ['officer'] },
  { key: 'shared-catalogue', icon: <FileSearchOutlined />, screen: later(() => import('../features/shared-catalogue/SharedCatalogueScreen'), 'SharedCatalogueScreen') },
  { key: 'requests', icon: <SendOutlined />, screen: later(() => import('../features/requests/RequestsScreen'), 'RequestsScreen'), roles: ['officer'] },
  { key: 'decisions', icon: <AuditOutlined />, screen: later(() => import('../features/decisions/DecisionsScreen'), 'DecisionsScreen'), roles: ['officer'] },
  { key: 'objections', icon: <ExclamationCircleOutlined />, screen: later(() => import('../features/objections/ObjectionsScreen'), 'ObjectionsScreen'), roles: ['officer'] },
  { key: 'notices', icon: <AlertOutlined />, screen: later(() => import('../features/notices/NoticesScreen'), 'NoticesScreen'), roles: ['officer'] },
  { key: 'review', icon: <CheckSquareOutlined />, screen: later(() => import('../features/review/ReviewScreen'), 'ReviewScreen'), roles: ['reviewer'] },
  { key: 'sync', icon: <SyncOutlined />, screen: later(() => import('../features/sync/SyncScreen'), 'SyncScreen') },
  { key: 'overview', icon: <BarChartOutlined />, screen: later(() => import('../features/overview/OverviewScreen'), 'OverviewScreen') },
  { key: 'audit', icon: <HistoryOutlined />, screen: later(() => import('../features/audit/AuditScreen'), 'AuditScreen'), roles: ['officer'] },
  { key: 'open-data', icon: <GlobalOutlined />, screen: later(() => import('../features/open-data/OpenDataScreen'), 'OpenDataScreen'), roles: ['officer'] },
  { key: 'settings', icon: <SettingOutlined />, screen: later(() => import('../features/settings/SettingsScreen'), 'SettingsScreen') },
];

export const DEFAULT_ROUTE = 'catalogue';
/** Where a reviewer lands when the remembered screen is not theirs. */
export const REVIEWER_ROUTE = 'review';

/** The routes an account of `role` sees; undefined (signed out) sees the officer's. */
export function routesFor(role: Role | undefined): Route[] {
  return ROUTES.filter((r) => !r.roles || r.roles.includes(role ?? 'officer'));
}

/** Keys an earlier version saved as the last view, so a remembered screen still opens. */
const FORMER_KEYS: Record<string, string> = { sharedCatalogue: 'shared-catalogue', myRequests: 'requests', toDecide: 'decisions' };

export function findRoute(key: string | undefined): Route {
  const current = key === undefined ? undefined : (FORMER_KEYS[key] ?? key);
  return ROUTES.find((r) => r.key === current) ?? ROUTES.find((r) => r.key === DEFAULT_ROUTE)!;
}
