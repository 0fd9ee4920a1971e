import { render } from '@testing-library/react'
import { useRevealLater } from '@/utils/use-reveal-later'

test('renders first without what is below the first screen, then with it, and stays so', () => {
  const seen: boolean[] = []
  function Probe({ label }: { label: string }) {
    const revealed = useRevealLater()
    seen.push(revealed)
    return <p>{revealed ? `${label}: all` : `${label}: first screen`}</p>
  }
  const { container, rerender } = render(<Probe label='a' />)
  expect(seen).toEqual([false, true])
  expect(container.textContent).toBe('a: all')
  rerender(<Probe label='b' />)
  expect(seen.at(-1)).toBe(true)
  expect(container.textContent).toBe('b: all')
})
