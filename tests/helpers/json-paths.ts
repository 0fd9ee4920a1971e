/** A JSON value, as the property tests generate and edit them. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
/** The keys and indexes from the root of a JSON value down to one of its parts. */
export type Path = (string | number)[]

/** Every path into `value` (the root's own `[]` first), so a mutation can reach any field of any item. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((x, i) => pathsOf(x, [...at, i]))]
  if (value && typeof value === 'object')
    return [at, ...Object.entries(value).flatMap(([k, x]) => pathsOf(x, [...at, k]))]
  return [at]
}
