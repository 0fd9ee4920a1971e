/** @jest-environment node */
import fc from 'fast-check'
import { Utf8Encoder } from '@/features/share/poster/text-encoder-shim'

test('the lent encoder writes the same UTF-8 bytes as the engine’s own', () => {
  const native = new TextEncoder()
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      expect([...new Utf8Encoder().encode(text)]).toEqual([...native.encode(text)])
    }),
  )
  expect([...new Utf8Encoder().encode('市中区😀')]).toEqual([...Buffer.from('市中区😀', 'utf8')])
})

describe('on an engine without TextEncoder (WeChat’s, at times)', () => {
  const own = globalThis.TextEncoder
  afterEach(() => {
    globalThis.TextEncoder = own
  })

  test('lean-qr loads and draws, and the global is left as it was found', () => {
    // @ts-expect-error: the engine under test has none
    delete globalThis.TextEncoder
    let qr: typeof import('@/features/share/poster/qr') | undefined
    jest.isolateModules(() => {
      qr = require('@/features/share/poster/qr')
    })
    expect(qr!.qrMatrix('https://weishizhong.example.cn/h5/#/pages/index/index').size).toBeGreaterThan(20)
    expect('TextEncoder' in globalThis).toBe(false)
  })

  test('where the engine has one, the shim leaves it untouched', () => {
    const mine = class extends own {}
    globalThis.TextEncoder = mine
    jest.isolateModules(() => {
      require('@/features/share/poster/qr')
    })
    expect(globalThis.TextEncoder).toBe(mine)
  })
})
