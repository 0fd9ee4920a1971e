import Taro from '@tarojs/taro'
import { headerValue, TOO_LARGE, type HttpResponse, type Transport } from './http'

/**
 * weapp: the feed through wx.request (Taro.request). wx.request cannot hand the body over as it
 * arrives except with `enableChunked`, which reports only chunked transfers and needs the text
 * decoded in JS, so the size is checked from Content-Length when the headers arrive
 * (RequestTask.onHeadersReceived, https://developers.weixin.qq.com/miniprogram/dev/api/network/request/RequestTask.onHeadersReceived.html)
 * and again on the text; decompression happens in WeChat's network layer, outside our thread.
 * The caller's deadline aborts the task (RequestTask.abort) whatever `timeout` covers.
 */
export function createTaroTransport(request?: typeof Taro.request): Transport {
  return (url, { maxBytes, timeoutMs }) => {
    let task: ReturnType<typeof Taro.request> | undefined
    const response = new Promise<HttpResponse>((resolve, reject) => {
      // Looked up per request: Taro fills in its weapp APIs when the app starts.
      task = (request ?? Taro.request)({
        url,
        method: 'GET',
        timeout: timeoutMs,
        // Not 'json': the text is parsed and checked by the loader, and measured first.
        dataType: '其他',
        responseType: 'text',
        success: (res) =>
          resolve({
            status: res.statusCode,
            body: typeof res.data === 'string' ? res.data : '',
            contentType: headerValue(res.header as Record<string, unknown>, 'content-type'),
          }),
        fail: (err) => reject(new Error(err.errMsg || '网络请求失败')),
      })
      // Taro's promise rejects as well when `fail` runs; `fail` has answered already.
      task?.catch?.(() => undefined)
      task?.onHeadersReceived?.(({ header }) => {
        if (Number(headerValue(header as Record<string, unknown>, 'content-length')) <= maxBytes) return
        reject(new Error(TOO_LARGE))
        task?.abort()
      })
    })
    return { response, abort: () => task?.abort() }
  }
}

export const defaultTransport: Transport = createTaroTransport()
