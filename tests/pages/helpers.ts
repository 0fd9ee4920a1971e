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
