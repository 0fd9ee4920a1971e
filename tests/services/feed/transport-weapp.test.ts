/**
 * @jest-environment ./tests/services/feed/unhandled-rejections-env.js
 *
 * The weapp transport against a stand-in for Taro.request that behaves like Taro's: callbacks,
 * a returned promise that also rejects on failure, and the RequestTask's methods on it.
 */
import type Taro from '@tarojs/taro'
import { TOO_LARGE } from '@/services/feed/http'
import { createTaroTransport } from '@/services/feed/transport.weapp'

type Options = Parameters<typeof Taro.request>[0]

/** A fake wx.request task: the test decides when headers, success or failure arrive. */
function fakeRequest() {
  const calls: { options: Options; aborted: number; headers?: (r: { header: object }) => void }[] = []
  const request = (options: Options) => {
    const call: (typeof calls)[number] = { options, aborted: 0 }
    calls.push(call)
    let rejectTask: (e: unknown) => void = () => undefined
    const task = new Promise((_resolve, reject) => (rejectTask = reject)) as Promise<unknown> & Record<string, unknown>
    task.abort = () => {
      call.aborted++
      const err = { errMsg: 'request:fail abort' }
      options.fail?.(err as never)
      rejectTask(err)
    }
    task.onHeadersReceived = (listener: (r: { header: object }) => void) => (call.headers = listener)
    Object.assign(call, {
      fail: (errMsg: string) => {
        options.fail?.({ errMsg } as never)
        rejectTask({ errMsg })
      },
    })
    return task
  }
  return { request: request as unknown as typeof Taro.request, calls }
}

const limits = { maxBytes: 1000, timeoutMs: 8000 }

test('asks for text, not parsed JSON, with the timeout', () => {
  const { request, calls } = fakeRequest()
  createTaroTransport(request)('https://cdn.example.com/feed.json', limits)
  expect(calls[0].options).toMatchObject({ url: 'https://cdn.example.com/feed.json', timeout: 8000, dataType: '其他' })
})

test('answers with the status, the text and the content type whatever its case', async () => {
  const { request, calls } = fakeRequest()
  const { response } = createTaroTransport(request)('u', limits)
  calls[0].options.success?.({
    statusCode: 200,
    data: '{"a":1}',
    header: { 'Content-Type': 'application/json' },
  } as never)
  await expect(response).resolves.toEqual({ status: 200, body: '{"a":1}', contentType: 'application/json' })
})

test('a body announced as larger than the limit is refused at its headers, and the request stopped', async () => {
  const { request, calls } = fakeRequest()
  const { response } = createTaroTransport(request)('u', limits)
  calls[0].headers?.({ header: { 'Content-Length': '5000' } })
  await expect(response).rejects.toThrow(TOO_LARGE)
  expect(calls[0].aborted).toBe(1)
})

test('a failure rejects once with its message and leaves no unhandled rejection', async () => {
  const unhandled: unknown[] = []
  const listener = (reason: unknown) => unhandled.push(reason)
  process.on('unhandledRejection', listener)
  try {
    const { request, calls } = fakeRequest()
    const transfer = createTaroTransport(request)('u', limits)
    ;(calls[0] as unknown as { fail: (m: string) => void }).fail('request:fail timeout')
    await expect(transfer.response).rejects.toThrow('request:fail timeout')
    const second = createTaroTransport(request)('u', limits)
    second.abort()
    await expect(second.response).rejects.toThrow('abort')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(unhandled).toEqual([])
  } finally {
    process.off('unhandledRejection', listener)
  }
})
