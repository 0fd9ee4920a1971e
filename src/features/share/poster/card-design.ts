/**
 * The chat card's design (5:4, and the same card on the 1:1 Moments square): lengths and type
 * sizes in px of its 500-px-wide design (the layout scales each by k = canvas width / WIDTH),
 * leadings as multiples of a font size. Read as `CARD.MARGIN` in layouts.ts.
 */
export const WIDTH = 500
export const MARGIN = 28
/** The card shows this many figures at most, side by side. */
export const FIGURES = 3

/** The red header band: its height, the app name and the trail beside it. */
export const HEADER = 58
export const APP_SIZE = 26
export const SIDE_SIZE = 17

/** The title (the chat title), at most 2 lines. */
export const TITLE_TOP = 20
export const TITLE_SIZE = 26
export const TITLE_MIN_SIZE = 19
export const TITLE_LINES = 2
export const TITLE_GAP = 14

/** The footer: source (2 lines, 3 when it names further reports) and 数据截至 in small type, above a thin red band. */
export const SMALL_SIZE = 13
export const SMALL_MIN_SIZE = 12
export const SMALL_LEADING = 1.4
export const SOURCE_LINES = 2
export const SOURCE_LINES_WITH_OTHERS = 3
/** The 数据截至 line's top within its line height. */
export const AS_OF_TOP = 0.2
export const BOTTOM_BAND = 8
export const FOOTER_GAP = 10
export const FIGURES_GAP = 12

/** The cells: gap, padding, corner radius, accent bar, type sizes and the gaps between label, number and meta. */
export const CELL_GAP = 12
export const CELL_PAD = 14
export const CELL_RADIUS = 12
export const CELL_ACCENT_WIDTH = 4
export const CELL_ACCENT_INSET = 12
export const CELL_LABEL_SIZE = 17
export const CELL_LABEL_SIZE_SHARED = 15
export const CELL_META_SIZE = 13
export const CELL_LABEL_GAP = 6
export const CELL_VALUE_GAP = 10
/** Numbers shrink in steps of this much, to no less than this scale, before the cells overflow. */
export const CELL_SCALE_STEP = 0.05
export const CELL_MIN_SCALE = 0.6

// Arrays, strings and derived values come last: esbuild writes an imported number in place only
// while nothing but numbers is declared above it in its module.
/** The number's size when 1, 2 or 3 cells share the row. */
export const CELL_VALUE_SIZES = [64, 46, 36]
