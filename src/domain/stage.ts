import type { FigureKind } from '@/services/feed/vocabulary'

/**
 * How far along a number is in its source: a result (实际) beats a running total (累计), which beats
 * an estimate (预计), which beats a target (目标). Where two reports give the same figure, the one
 * further along is the one shown. The stage words themselves are KIND_LABEL in @/domain/format.
 */
export const STAGE_RANK: Record<FigureKind, number> = { actual: 3, cumulative: 2, estimate: 1, target: 0 }

/** Whether `a` is at a later stage than `b` (an actual figure over an estimate of it). */
export const laterStage = (a: { kind: FigureKind }, b: { kind: FigureKind }): boolean =>
  STAGE_RANK[a.kind] > STAGE_RANK[b.kind]
