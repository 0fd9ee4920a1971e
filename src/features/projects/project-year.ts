import { endYear } from '@/domain/period'

/**
 * The year a project counts for in filters and lists: the year its period ends in. A span such as
 * 2016/2021 (a five-year review) or 2022/2026 (a five-year plan) counts for its end year; months of
 * one year (2023-01/09) count for that year.
 */
export const projectYear = endYear

/** Every year some project counts for, newest first. */
export function projectYears(projects: readonly { period: string }[]): number[] {
  return [...new Set(projects.map((p) => projectYear(p.period)))].sort((a, b) => b - a)
}
