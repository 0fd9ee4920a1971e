/**
 * The small box model the poster layouts are written in: a rectangle in CSS pixels (top-left,
 * width, height) and the few ways a layout carves one. Layouts pass boxes down (the canvas, the
 * figures' room, a panel, a cell) instead of loose x, y, width and height arguments.
 */
export type Box = { x: number; y: number; w: number; h: number }

export function box(x: number, y: number, w: number, h: number): Box {
  return { x, y, w, h }
}

/** A band `h` high across the bottom of `b`. */
export function bottomBand(b: Box, h: number): Box {
  return box(b.x, b.y + b.h - h, b.w, h)
}

/** The narrow accent bar down the left edge of a panel: `w` wide, `inset` short of its top and bottom. */
export function accentBar(b: Box, w: number, inset: number): Box {
  return box(b.x, b.y + inset, w, b.h - 2 * inset)
}
