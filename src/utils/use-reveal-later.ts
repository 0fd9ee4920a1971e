import { startTransition, useEffect, useState } from 'react'

/**
 * False on a component's first render, true right after it, in a render React may split into short
 * tasks (a transition, which it renders in slices of a few milliseconds and yields in between).
 * For what a page shows below its first screen: the first screen renders and paints in a short
 * task, the rest follows without one long task holding up input. Measured on the topic page at 4×
 * CPU: its one first-render task of about 130 ms became a short one and slices (see README).
 */
export function useRevealLater(): boolean {
  const [revealed, setRevealed] = useState(false)
  useEffect(() => {
    startTransition(() => setRevealed(true))
  }, [])
  return revealed
}
