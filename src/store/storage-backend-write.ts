/** What a write to storage came to: done, or the error it threw. */
export type BackendWrite = { ok: true } | { ok: false; error: unknown }

/**
 * Runs one storage write and says whether it held, for both backends (weapp and H5): a quota or a
 * blocked storage throws, and the store turns that into 未能保存 instead of an error.
 */
export function attemptWrite(write: () => void): BackendWrite {
  try {
    write()
    return { ok: true }
  } catch (error) {
    return { ok: false, error }
  }
}
