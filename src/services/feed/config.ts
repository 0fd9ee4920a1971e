declare const FEED_URL_CONSTANT: string | undefined

/**
 * Where a newer feed may be fetched from: set `TARO_APP_FEED_URL` when building (see README).
 * Empty means the app uses only its bundled feed. `config/index.ts` defines the constant; the
 * typeof guard keeps tests and unconfigured builds working.
 */
export const FEED_URL: string = typeof FEED_URL_CONSTANT === 'string' ? FEED_URL_CONSTANT : ''
