import { fireEvent, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useAppStore } from '@/store'

/** Puts the one app store back to a first launch: no favourites, follows or history. */
export function resetUserData(): void {
  useAppStore.setState({ favourites: [], follows: [], history: [], careMode: false, careOffered: false })
}

/** Puts the bundled feed into the store, as the app does at launch; pages render only after it. */
export async function openFeed(): Promise<void> {
  await useAppStore.getState().openFeed()
  expect(useAppStore.getState().feedStatus).toBe('ready')
}

/** The not-found alert on screen says `message`, its 回到首页 goes to the news tab, and nothing was recorded as read. */
export function expectNotFoundWithWayHome(message: string): void {
  const alert = screen.getByRole('alert')
  expect(within(alert).getByText(message)).toBeInTheDocument()
  fireEvent.click(within(alert).getByRole('button', { name: '回到首页' }))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
  expect(useAppStore.getState().history).toEqual([])
}
