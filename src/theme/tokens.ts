/**
 * The app's theme tokens, named once: the district red and the palette every drawing shares (the
 * share poster, charts, generated images), and the font list for canvas text. Stylesheets carry
 * the same values as CSS variables in src/app.scss; tests/theme/tokens.test.ts keeps them equal.
 */
export const BRAND_RED = '#c8161d'
export const BRAND_RED_DARK = '#8f0f14'

/**
 * Fonts with Chinese glyphs, by platform: PingFang on iOS and macOS (Hiragino on older macOS),
 * Noto/Source Han and 微软雅黑 elsewhere, WenQuanYi on Linux. A list that names the font holding the
 * text's glyphs lets the browser use it at once; one that does not (a bare `sans-serif`) sends every
 * run of Chinese through the system's per-character fallback search. On Linux that search more than
 * doubled Chromium's layout time of our chart page.
 *
 * This list is for canvas text (the share poster, H5 charts). The stylesheets' list (src/app.scss,
 * and src/index.html before the app's CSS arrives) is this one after -apple-system and
 * BlinkMacSystemFont, which only CSS understands; tests/theme/tokens.test.ts keeps the three equal.
 */
export const CJK_FONT_FAMILY =
  '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'

/**
 * The page background, the cards on it, the text and the secondary text: --app-bg, --app-card,
 * --app-text and --app-text-2 in src/app.scss, for what is drawn on a canvas (the share poster).
 */
export const PAGE_BACKGROUND = '#f6f3ef'
export const CARD_BACKGROUND = '#ffffff'
export const TEXT_COLOR = '#1f1a17'
export const TEXT_MUTED = '#5c5552'

/**
 * The solid fills of done and planned (--app-green-fill and --app-blue-fill in src/app.scss), for
 * what is drawn on a canvas: the charts' 已完成 and 计划 bars, a target beside its result.
 */
export const FILL_GREEN = '#1d7a3a'
export const FILL_BLUE = '#1f5fa8'

/**
 * The share image's own tints: the gold rule under its red header and the white and soft white
 * text on that red; the rules between its figure rows; the chips of a stage not yet final
 * (预计, 目标…) and of an actual figure.
 */
export const SHARE_TINT = {
  gold: '#e9b949',
  onRed: '#ffffff',
  onRedSoft: 'rgba(255,255,255,0.86)',
  rule: '#e6ded6',
  stageChip: '#fbe9e8',
  actualChip: '#efebe7',
} as const

/**
 * What a chart draws besides its data, in light and dark mode: text (axis labels, legend, value
 * labels), the muted text of axis names, the axis line, the gridlines (subtle, under the labels),
 * the tooltip, and the neutral fill of a share's remainder. The text colours are --app-text and
 * --app-text-2 of the mode, each at least 4.5:1 on the card (--app-card) the chart sits on.
 */
export type ChartPalette = {
  background: string
  text: string
  textMuted: string
  axisLine: string
  grid: string
  tooltipBackground: string
  tooltipBorder: string
  rest: string
}

export const CHART_LIGHT: ChartPalette = {
  background: CARD_BACKGROUND,
  text: TEXT_COLOR,
  textMuted: TEXT_MUTED,
  axisLine: '#b9aea6',
  grid: '#eee8e2',
  tooltipBackground: CARD_BACKGROUND,
  tooltipBorder: '#e8e1da',
  rest: '#8c8480',
}

export const CHART_DARK: ChartPalette = {
  background: '#221c19',
  text: '#f3ede8',
  textMuted: '#c9bfb8',
  axisLine: '#6b615a',
  grid: '#3b332e',
  tooltipBackground: '#2b2420',
  tooltipBorder: '#4a413b',
  rest: '#6b615a',
}
