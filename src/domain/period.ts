/**
 * Periods as the feed writes them: a year (2023), months of a year (2023-01/09, 2023-10) or a span
 * of years (2016/2021). A period counts by its end: a review states results as of its last year,
 * a plan is due by its last year.
 */

/** Sort key of a period: its end, so 2016/2021 sorts with 2021 and 2023-01/09 before the year 2023. */
export function periodEnd(period: string): string {
  const span = /^(\d{4})\/(\d{4})$/.exec(period)
  if (span) return `${span[2]}-12`
  const months = /^(\d{4})-(\d{2})(?:\/(\d{2}))?$/.exec(period)
  if (months) return `${months[1]}-${months[3] ?? months[2]}`
  return `${period}-13` // a whole year sorts after its own months
}

/** The year a period ends in: 2016/2021 → 2021, 2023-01/09 → 2023, 2023 → 2023. */
export const endYear = (period: string): number => Number(periodEnd(period).slice(0, 4))

/** Whether a period is one whole year (2023), not months of it or a span. */
export const isYearPeriod = (period: string): boolean => /^\d{4}$/.test(period)
