/**
 * Resolves in a task of its own, after the browser has had the chance to paint and handle input:
 * work that continues from it does not lengthen the current task (Lighthouse's Total Blocking Time
 * counts every task past 50 ms). A message to ourselves, because a chain of timers is clamped to
 * 4 ms each; a timer where there is no MessageChannel.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0)
      return
    }
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Resolves once the browser has painted the next frame (a task after the frame's animation
 * callbacks), or after `fallbackMs` where frames do not come (a tab in the background). The H5
 * entry waits for it, so the page that index.html already holds is painted before any of the
 * app's code runs.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs)
    if (typeof requestAnimationFrame === 'undefined') return
    requestAnimationFrame(() => {
      clearTimeout(timer)
      setTimeout(resolve, 0)
    })
  })
}
