import '@testing-library/jest-dom'
import { resetTaroMock } from './mocks/taro'

// Every test starts with empty Taro storage, no router params and no recorded page hooks.
beforeEach(() => {
  resetTaroMock()
})

// @nutui/icons-react-taro styles its SVG icons with a `-webkitMask` key, which React DOM warns
// about once per icon. It is harmless in the mini program and not ours to fix; hide only that one.
const consoleError = console.error
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('Unsupported style property %s') && args[1] === '-webkitMask')
    return
  if (typeof args[0] === 'string' && args[0].includes('Unsupported style property -webkitMask')) return
  consoleError(...args)
}
