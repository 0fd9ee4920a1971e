/** A query value decoded once; a malformed escape (`%E4%B`) or a missing value never throws. */
export function safeDecode(value: string | undefined): string {
  if (!value) return ''
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
