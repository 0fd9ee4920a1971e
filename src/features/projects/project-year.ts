/**
 * The year a project counts for in filters and lists. A span such as 2016/2021 (a five-year review)
 * or 2022/2026 (a five-year plan) counts for its end year: a review states results as of its last
 * year, and a plan is due by its last year. Months of one year (2023-01/09) count for that year.
 */
export function projectYear(period: string): number {
  const span = /^\d{4}\/(\d{4})$/.exec(period)
  return Number(span ? span[1] : period.slice(0, 4))
}

/** Every year some project counts for, newest first. */
export function projectYears(projects: readonly { period: string }[]): number[] {
  return [...new Set(projects.map((p) => projectYear(p.period)))].sort((a, b) => b - a)
}
