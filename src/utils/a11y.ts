type KeyEvent = { key?: string; preventDefault?: () => void }

/**
 * Props that make a tappable View reachable and usable from a keyboard on H5: focusable, and
 * activated by Enter or Space like a button. Taro's View types do not list them; weapp ignores them.
 */
export function activatable(onActivate: () => void): object {
  return {
    tabIndex: 0,
    onKeyDown: (e: KeyEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault?.()
      onActivate()
    },
  }
}
