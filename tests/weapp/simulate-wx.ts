/**
 * The `wx` stand-in for the taps harness (miniprogram-simulate): scripts/perf/wx-stand-in.ts, the
 * one the render harness uses too, on real timers, recording the asynchronous API calls. Storage
 * lives in a Map the caller owns, so a second launch (a new stand-in over the same Map) sees what
 * the first one saved, as on a phone.
 */
import { createWxStandIn, type LaunchOptions } from '../../scripts/perf/wx-stand-in'

export type { LaunchOptions }

/** What a test can look at after the app ran: the API calls it made, in order. */
export type WxRecord = { calls: { api: string; args: unknown }[] }

// WeChat keeps a copy of what is stored, not the caller's object.
const copy = (value: unknown) => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as unknown))

/** Builds the stand-in over `storage` for a launch on `launch`. */
export function createWx(storage: Map<string, unknown>, launch: LaunchOptions): Record<string, unknown> & WxRecord {
  const calls: WxRecord['calls'] = []
  const wx = createWxStandIn({
    launch,
    storage,
    later: (fn) => void setTimeout(fn),
    now: () => Date.now(),
    onCall: (api, args) => calls.push({ api, args }),
    copy,
  })
  return Object.assign(wx, { calls })
}
