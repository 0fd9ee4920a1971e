/** What a feed download gives and how it is stopped; transport.ts and transport.weapp.ts make one. */
export type HttpResponse = { status: number; body: string; contentType?: string }

/** A download under way: its response, and a way to stop it (on timeout). */
export type Transfer = { response: Promise<HttpResponse>; abort: () => void }

/**
 * GETs a URL as text. The response rejects on a network error, or once more than `maxBytes`
 * have been announced or have arrived (with TOO_LARGE); the caller stops it at its deadline.
 */
export type Transport = (url: string, limits: { maxBytes: number; timeoutMs: number }) => Transfer

/** WeChat allows 1 MB per storage key; a larger feed could not be cached, so it is refused. */
export const MAX_FEED_BYTES = 1024 * 1024

export const TOO_LARGE = '数据文件过大（超过 1 MB）'

/** A header's value whatever its case (wx.request keeps the server's). */
export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  for (const key of Object.keys(headers ?? {})) {
    if (key.toLowerCase() === name) return String(headers?.[key])
  }
  return undefined
}
