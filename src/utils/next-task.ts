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
