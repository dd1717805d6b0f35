import type { JurisdictionProfile, Label, ProfileId } from './types';
import { PROFILE_IDS } from './types';

export * from './types';

const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

const NATIONAL_SHARE = {
  unconditional: l('无条件共享', 'Unconditional sharing'),
  conditional: l('有条件共享', 'Conditional sharing'),
  none: l('不予共享', 'Not shared'),
};
const NATIONAL_OPEN = {
  unconditional: l('无条件开放', 'Open unconditionally'),
  conditional: l('有条件开放', 'Open on conditions'),
  none: l('不予开放', 'Not open'),
};
const ZHEJIANG_OPEN = {
  unconditional: l('无条件开放', 'Open unconditionally'),
  conditional: l('受限开放', 'Restricted opening'),
  none: l('禁止开放', 'Not open'),
};

export const PROFILES: Record<ProfileId, JurisdictionProfile> = {
  national: {
    id: 'national',
    name: l('全国（1272 指南）', 'National (guideline 1272)'),
    source: 'DOMAIN.md §1',
    shareTypeLabels: NATIONAL_SHARE,
    openTypeLabels: NATIONAL_OPEN,
  },
  gongshu: {
    id: 'gongshu',
    name: l('杭州市拱墅区', 'Hangzhou Gongshu District'),
    divisionCode: '330105',
    source: 'regulations/000_546c94fef909c687.txt',
    shareTypeLabels: {
      unconditional: l('无条件共享', 'Unconditional sharing'),
      conditional: l('受限共享', 'Restricted sharing'),
      none: l('不共享', 'Not shared'),
    },
    openTypeLabels: ZHEJIANG_OPEN,
  },
  yichuan: {
    id: 'yichuan',
    name: l('河南省伊川县', 'Yichuan County, Henan'),
    divisionCode: '410329',
    source: 'regulations/001_773023b3c4ebc742.txt',
    shareTypeLabels: {
      unconditional: l('无条件共享', 'Unconditional sharing'),
      conditional: l('有条件共享', 'Conditional sharing'),
      none: l('不予共享', 'Not shared'),
    },
    openTypeLabels: NATIONAL_OPEN,
  },
  lishui: {
    id: 'lishui',
    name: l('浙江省丽水市', 'Lishui City, Zhejiang'),
    divisionCode: '331100',
    source: 'regulations/002_403e7403f2547a3b.txt',
    shareTypeLabels: {
      unconditional: l('无条件共享', 'Unconditional sharing'),
      conditional: l('受限共享', 'Restricted sharing'),
      none: l('非共享', 'Not shared'),
    },
    openTypeLabels: {
      unconditional: l('无条件开放类', 'Open unconditionally'),
      conditional: l('受限开放类', 'Restricted opening'),
      none: l('禁止开放类', 'Not open'),
    },
  },
  yuhua: {
    id: 'yuhua',
    name: l('长沙市雨花区', 'Changsha Yuhua District'),
    divisionCode: '430111',
    source: 'regulations/003_179a5c369714dd2f.txt',
    shareTypeLabels: NATIONAL_SHARE,
    openTypeLabels: NATIONAL_OPEN,
  },
  songjiang: {
    id: 'songjiang',
    name: l('上海市松江区', 'Shanghai Songjiang District'),
    divisionCode: '310117',
    source: 'regulations/004_ded0cf03a7dd0ca3.txt',
    shareTypeLabels: {
      unconditional: l('普遍共享', 'General sharing'),
      conditional: l('按需共享', 'On-demand sharing'),
      none: l('不共享', 'Not shared'),
    },
    openTypeLabels: {
      unconditional: l('普遍公开', 'Generally open'),
      conditional: l('按需公开', 'Open on demand'),
      none: l('不公开', 'Not open'),
    },
  },
};

export function getProfile(id: ProfileId): JurisdictionProfile {
  return PROFILES[id];
}

export function isProfileId(value: string): value is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(value);
}
