import type { ThemeConfig } from 'antd';

/** A calm government-blue theme with compact-enough density for long tables. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fbf',
    borderRadius: 6,
    fontSize: 14,
    // Secondary and description text at 4.5:1 or more on white and on the page's grey (WCAG AA);
    // antd's defaults (45% black) fall short.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  },
  components: {
    Layout: { siderBg: '#0f2847', headerBg: '#ffffff', bodyBg: '#f3f5f9' },
    Menu: { darkItemBg: '#0f2847', darkSubMenuItemBg: '#0f2847', darkItemSelectedBg: '#1f5fbf' },
  },
};
