import type { ComponentType, ReactNode } from 'react';
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
import { AuditScreen } from '../features/audit/AuditScreen';
import { CatalogueScreen } from '../features/catalogue/CatalogueScreen';
import { DecisionsScreen } from '../features/decisions/DecisionsScreen';
import { DemandsScreen } from '../features/demands/DemandsScreen';
import { ObjectionsScreen } from '../features/objections/ObjectionsScreen';
import { OpenDataScreen } from '../features/open-data/OpenDataScreen';
import { NoticesScreen } from '../features/notices/NoticesScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { RequestsScreen } from '../features/requests/RequestsScreen';
import { ResponsibilitiesScreen } from '../features/responsibilities/ResponsibilitiesScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { SharedCatalogueScreen } from '../features/shared-catalogue/SharedCatalogueScreen';
import { SyncScreen } from '../features/sync/SyncScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

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
  { key: 'responsibilities', icon: <SolutionOutlined />, screen: ResponsibilitiesScreen, roles: ['officer'] },
  { key: 'demands', icon: <InboxOutlined />, screen: DemandsScreen, roles: ['officer'] },
  { key: 'shared-catalogue', icon: <FileSearchOutlined />, screen: SharedCatalogueScreen },
  { key: 'requests', icon: <SendOutlined />, screen: RequestsScreen, roles: ['officer'] },
  { key: 'decisions', icon: <AuditOutlined />, screen: DecisionsScreen, roles: ['officer'] },
  { key: 'objections', icon: <ExclamationCircleOutlined />, screen: ObjectionsScreen, roles: ['officer'] },
  { key: 'notices', icon: <AlertOutlined />, screen: NoticesScreen, roles: ['officer'] },
  { key: 'review', icon: <CheckSquareOutlined />, screen: ReviewScreen, roles: ['reviewer'] },
  { key: 'sync', icon: <SyncOutlined />, screen: SyncScreen },
  { key: 'overview', icon: <BarChartOutlined />, screen: OverviewScreen },
  { key: 'audit', icon: <HistoryOutlined />, screen: AuditScreen, roles: ['officer'] },
  { key: 'open-data', icon: <GlobalOutlined />, screen: OpenDataScreen, roles: ['officer'] },
  { key: 'settings', icon: <SettingOutlined />, screen: SettingsScreen },
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
