import type { ComponentType, ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  DatabaseOutlined,
  ExclamationCircleOutlined,
  FileSearchOutlined,
  InboxOutlined,
  SendOutlined,
  SettingOutlined,
  SolutionOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import type { Role } from '@shared/protocol/common';
import { CatalogueScreen } from '../catalogue/CatalogueScreen';
import { DecisionsScreen } from '../features/decisions/DecisionsScreen';
import { DemandsScreen } from '../features/demands/DemandsScreen';
import { ObjectionsScreen } from '../features/objections/ObjectionsScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { MyRequestsScreen } from '../features/requests/MyRequestsScreen';
import { ResponsibilitiesScreen } from '../features/responsibilities/ResponsibilitiesScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { SharedCatalogueScreen } from '../shared-catalogue/SharedCatalogueScreen';
import { SyncScreen } from '../features/sync/SyncScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

/** One screen of the left navigation; its label is `nav:<key>`. Without `screen` it shows "coming later". */
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
  { key: 'sharedCatalogue', icon: <FileSearchOutlined />, screen: SharedCatalogueScreen },
  { key: 'myRequests', icon: <SendOutlined />, screen: MyRequestsScreen, roles: ['officer'] },
  { key: 'toDecide', icon: <AuditOutlined />, screen: DecisionsScreen, roles: ['officer'] },
  { key: 'objections', icon: <ExclamationCircleOutlined />, screen: ObjectionsScreen, roles: ['officer'] },
  { key: 'review', icon: <CheckSquareOutlined />, screen: ReviewScreen, roles: ['reviewer'] },
  { key: 'sync', icon: <SyncOutlined />, screen: SyncScreen },
  { key: 'overview', icon: <BarChartOutlined />, screen: OverviewScreen },
  { key: 'settings', icon: <SettingOutlined />, screen: SettingsScreen },
];

export const DEFAULT_ROUTE = 'catalogue';
/** Where a reviewer lands when the remembered screen is not theirs. */
export const REVIEWER_ROUTE = 'review';

/** The routes an account of `role` sees; undefined (signed out) sees the officer's. */
export function routesFor(role: Role | undefined): Route[] {
  return ROUTES.filter((r) => !r.roles || r.roles.includes(role ?? 'officer'));
}

export function findRoute(key: string | undefined): Route {
  return ROUTES.find((r) => r.key === key) ?? ROUTES.find((r) => r.key === DEFAULT_ROUTE)!;
}
