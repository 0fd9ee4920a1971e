/** The share image's colours: the theme's, and the few tints only the share image uses. */
export { BRAND_RED as RED, CARD_BACKGROUND as PANEL, PAGE_BACKGROUND as BACKGROUND } from '@/theme/tokens'
export { TEXT_COLOR as INK, TEXT_MUTED as MUTED } from '@/theme/tokens'

/** The rule under the red header, and the header's text on red. */
export const GOLD = '#e9b949'
export const ON_RED = '#ffffff'
export const ON_RED_SOFT = 'rgba(255,255,255,0.86)'
/** The rules between figure rows and above the poster's footer. */
export const RULE = '#e6ded6'
/** The chip of a figure not yet final (预计, 目标…), and of an actual one. */
export const STAGE_CHIP = '#fbe9e8'
export const ACTUAL_CHIP = '#efebe7'
