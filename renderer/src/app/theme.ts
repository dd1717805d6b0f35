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
    // Empty-table and placeholder-like text is read too.
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.58)',
    // Links, status text and tags readable on their light backgrounds: one shade darker than antd's.
    colorLink: '#1f5fbf',
    // Hovered controls (a default button's text, a link) stay readable: darker than the primary,
    // not antd's lighter shade, which falls under 4.5:1 on white.
    colorPrimaryHover: '#174f9f',
    colorLinkHover: '#174f9f',
    colorInfo: '#1f5fbf',
    colorError: '#c4161c',
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    colorWarningText: '#874d00',
    colorErrorText: '#a8071a',
    colorSuccessText: '#135200',
    green: '#237804',
    gold: '#ad6800',
    orange: '#ad4e00',
    red: '#c4161c',
    blue: '#1f5fbf',
    cyan: '#006d75',
    magenta: '#9e1068',
  },
  components: {
    Layout: { siderBg: '#0f2847', headerBg: '#ffffff', bodyBg: '#f3f5f9' },
    Menu: { darkItemBg: '#0f2847', darkSubMenuItemBg: '#0f2847', darkItemSelectedBg: '#1f5fbf' },
  },
};
