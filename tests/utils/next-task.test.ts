/** @jest-environment node */
import { afterNextPaint, nextTask } from '@/utils/next-task'

/** True once `promise` has settled; checked after the current microtasks have all run. */
async function settledWithinMicrotasks(promise: Promise<unknown>): Promise<boolean> {
  let settled = false
  void promise.then(() => (settled = true))
  for (let i = 0; i < 20; i++) await Promise.resolve()
  return settled
}

test('resolves in a later task, not among the current microtasks', async () => {
  const next = nextTask()
  expect(await settledWithinMicrotasks(next)).toBe(false)
  await next
})

test('falls back to a timer where there is no MessageChannel (weapp)', async () => {
  const { MessageChannel } = globalThis
  // @ts-expect-error -- removed for this test only
  delete globalThis.MessageChannel
  jest.useFakeTimers()
  try {
    const next = nextTask()
    expect(await settledWithinMicrotasks(next)).toBe(false)
    jest.runOnlyPendingTimers()
    expect(await settledWithinMicrotasks(next)).toBe(true)
  } finally {
    jest.useRealTimers()
    globalThis.MessageChannel = MessageChannel
  }
})

describe('afterNextPaint', () => {
  afterEach(() => {
    jest.useRealTimers()
    delete (globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame
  })

  test('resolves in a task after the next frame, not before it', async () => {
    jest.useFakeTimers()
    let frame: FrameRequestCallback | undefined
    globalThis.requestAnimationFrame = (cb) => ((frame = cb), 1)
    const painted = afterNextPaint()
    jest.advanceTimersByTime(50)
    expect(await settledWithinMicrotasks(painted)).toBe(false)
    frame?.(0)
    expect(await settledWithinMicrotasks(painted)).toBe(false)
    jest.advanceTimersByTime(0)
    expect(await settledWithinMicrotasks(painted)).toBe(true)
  })

  test('does not wait forever where no frame comes (a background tab)', async () => {
    jest.useFakeTimers()
    globalThis.requestAnimationFrame = () => 1
    const painted = afterNextPaint(100)
    jest.advanceTimersByTime(99)
    expect(await settledWithinMicrotasks(painted)).toBe(false)
    jest.advanceTimersByTime(1)
    expect(await settledWithinMicrotasks(painted)).toBe(true)
  })
})
