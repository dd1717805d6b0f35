import type { ThemeConfig } from 'antd';

/** A calm government-blue theme with compact-enough density for long tables. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 6,
    fontSize: 14,
  },
  components: {
    Layout: { siderBg: '#0f2847', headerBg: '#ffffff', bodyBg: '#f3f5f9' },
    Menu: { darkItemBg: '#0f2847', darkSubMenuItemBg: '#0f2847', darkItemSelectedBg: '#1f5fbf' },
  },
};
