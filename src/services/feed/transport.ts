import { TOO_LARGE, type HttpResponse, type Transport } from './http'

/**
 * H5 (and tests): the feed is fetched with `fetch` and its body read from the stream, so that the
 * size limit is checked as bytes arrive (after decompression: a small gzip of a huge body is cut
 * off at the limit, not decoded whole) and the caller's deadline stops the whole read, body
 * included. Taro's H5 request stops its timer at the headers and reads the body without one.
 * The feed host must allow the app's origin (CORS, see README). weapp: transport.weapp.ts.
 */
export const defaultTransport: Transport = (url, { maxBytes }) => {
  const controller = new AbortController()
  const tooLarge = () => {
    controller.abort()
    return new Error(TOO_LARGE)
  }
  const response = fetch(url, { signal: controller.signal, cache: 'no-cache', credentials: 'omit' }).then(
    async (res): Promise<HttpResponse> => {
      const contentType = res.headers.get('content-type') ?? undefined
      if (!res.ok) {
        controller.abort()
        return { status: res.status, body: '', contentType }
      }
      if (Number(res.headers.get('content-length')) > maxBytes) throw tooLarge()
      if (!res.body) return { status: res.status, body: await res.text(), contentType }
      const reader = res.body.getReader()
      const decoder = new TextDecoder()
      let bytes = 0
      let body = ''
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return { status: res.status, body: body + decoder.decode(), contentType }
        bytes += value.byteLength
        if (bytes > maxBytes) throw tooLarge()
        body += decoder.decode(value, { stream: true })
      }
    },
    () => {
      throw new Error('网络请求失败')
    },
  )
  return { response, abort: () => controller.abort() }
}
