/**
 * The numbers of the parts both share-image layouts draw: header, stage chip, number with unit,
 * meta line. Sizes here are shares of a font size or a band's height; the layouts' own lengths are
 * in poster-design.ts and card-design.ts. The numbers live in modules of their own so that the
 * weapp bundle (esbuild) writes each one in place: their names cost poster-drawing.js nothing.
 */

/** The header's gold rule: this share of the band's height, at least 2 px. */
export const HEADER_RULE_SHARE = 0.05
export const HEADER_RULE_MIN = 2

/** A stage chip's padding left and right, and its height, as shares of its font size. */
export const CHIP_PAD = 0.45
export const CHIP_HEIGHT = 1.5

/** A figure's unit beside its number: a % reads as part of it, a word unit (亿元, 家) is set smaller. */
export const PERCENT_UNIT_SHARE = 0.6
export const WORD_UNIT_SHARE = 0.36
export const UNIT_MIN_SIZE = 12
/** The gap between number and unit, as a share of the number's size. */
export const PERCENT_GAP = 0.04
export const WORD_UNIT_GAP = 0.12
/** A number too wide for its box shrinks by this factor a step, to no less than this share of its size. */
export const VALUE_SHRINK = 0.94
export const VALUE_MIN_SHARE = 0.45

/** The gap after a stage chip, as a share of its font size; the meta words shrink to this share before they are cut. */
export const META_GAP = 0.6
export const META_MIN_SHARE = 0.82
/** A meta line's height, as a multiple of its font size. */
export const META_LEADING = 1.5
/** A title's line height, as a multiple of its font size. */
export const TITLE_LEADING = 1.3

// Derived values come last: esbuild writes an imported number in place only while nothing but
// plain numbers is declared above it in its module.

/** Where text beside a chip is centred on it, as a share of the chip's font size. */
export const CHIP_MIDDLE = CHIP_HEIGHT / 2
