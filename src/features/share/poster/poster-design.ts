/**
 * The tall poster's design: lengths and type sizes in px of its 750-px-wide design (the layout
 * scales each by k = canvas width / WIDTH), leadings as multiples of a font size. Read as
 * `POSTER.MARGIN` in layouts.ts.
 */
export const WIDTH = 750
/** The height the poster is designed at (750 × 1334): a shorter canvas draws the QR code smaller. */
export const HEIGHT = 1334
export const MARGIN = 56

/** The red header band: its height, the app name and the region beside it. */
export const HEADER = 116
export const APP_SIZE = 44
export const REGION_SIZE = 26

/** The kicker (the item's trail) under the header, then the title, at most 2 lines. */
export const KICKER_TOP = 50
export const KICKER_SIZE = 26
export const KICKER_GAP = 20
export const TITLE_SIZE = 46
export const TITLE_MIN_SIZE = 38
export const TITLE_LINES = 2
export const TITLE_GAP = 32

/** The footer: source (3 lines) and the way back (2) in small type, 数据截至 in bold. */
export const FOOTER_SIZE = 22
export const FOOTER_MIN_SIZE = 18
export const FOOTER_LEADING = 1.45
export const SOURCE_LINES = 3
export const BACK_LINES = 2
/** The QR code at the footer's right, quiet zone included, the gap to the text, the 扫码 line's size. */
export const QR_SIZE = 220
export const QR_GAP = 28
export const SCAN_SIZE = 24
export const AS_OF_SIZE = 26
export const AS_OF_LEADING = 1.5
/** The red band at the very bottom, the gap above it, and the footer's rule (its gap and width). */
export const BOTTOM_BAND = 14
export const FOOTER_BOTTOM_GAP = 30
export const FOOTER_RULE_GAP = 24
export const FOOTER_RULE_WIDTH = 2
/** Between the figures and the footer's rule. */
export const FIGURES_BOTTOM_GAP = 28

/** The hero: the first figure in a panel of its own, its number large, then stage, period and growth. */
export const HERO_ACCENT_INSET = 20
export const HERO_LABEL_SIZE = 28
export const HERO_LABEL_GAP = 8
export const HERO_VALUE_SIZE = 104
export const HERO_VALUE_GAP = 24
export const HERO_META_SIZE = 26

/** A figure row: label with stage and period on the left, number and growth on the right. */
export const ROW_LABEL_SIZE = 27
export const ROW_LABEL_GAP = 10
export const ROW_VALUE_SIZE = 52
export const FIRST_ROW_VALUE_SIZE = 64
export const ROW_META_SIZE = 22
export const ROW_CHIP_GAP = 12
export const ROW_GROWTH_SIZE = 24
export const ROW_GROWTH_GAP = 8
export const ROW_GROWTH_LEADING = 1.3
/** Between the label column and the number column, which takes at most this share of the row. */
export const ROW_COLUMN_GAP = 28
export const VALUE_COLUMN_SHARE = 0.5
/** A row's padding above and below (the first row's accent bar is inset the same). */
export const ROW_PAD = 18
/** The meta words' top within a row's chip, as a share of their size: centred on it. */
export const ROW_META_TOP = 0.25

/** The facts and summary under the figures: type size, line height, space between paragraphs (× size). */
export const NOTE_SIZE = 26
export const NOTE_LEADING = 1.5
export const NOTE_SPACING = 0.5

/** Panels: padding, the gap between them, corner radius; the red accent bar's width. */
export const PANEL_PAD = 32
export const PANEL_GAP = 24
export const PANEL_RADIUS = 20
export const ACCENT_WIDTH = 8
/** The poster shows at least this many figures (or all the item has); with more than HERO_ROWS_MAX, all as rows is tried too. */
export const MIN_FIGURES = 3
export const HERO_ROWS_MAX = 4

// Arrays, strings and derived values come last: esbuild writes an imported number in place only
// while nothing but numbers is declared above it in its module.

/** The type scales tried, largest first, before a figure is dropped. */
export const FIGURE_SCALES = [1, 0.92, 0.85, 0.78]
