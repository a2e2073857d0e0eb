import type { ThemeConfig } from 'antd';

/** The customary red of 党建 software, kept to the frame so it never reads as an error. */
export const BRAND_RED = '#a8121a';

/**
 * Larger text and controls than antd's defaults: the user is often older and the screen an
 * old office monitor. Controls keep antd's blue so a focused field never looks like an error.
 */
export const theme: ThemeConfig = {
  token: {
    fontSize: 16,
    controlHeight: 38,
    fontFamily:
      '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
  },
  components: {
    Layout: { siderBg: BRAND_RED, headerBg: '#ffffff', headerPadding: '0 24px' },
    Menu: {
      darkItemBg: BRAND_RED,
      darkItemSelectedBg: '#d4343c',
      darkItemColor: 'rgba(255,255,255,0.88)',
      darkItemHoverBg: '#8c0f16',
      itemHeight: 48,
      fontSize: 17,
    },
  },
};
