import { useAppStore } from '../../src/store'

/** Puts the one app store back to a first launch: no favourites, follows or history. */
export function resetUserData(): void {
  useAppStore.setState({ favourites: [], follows: [], history: [], careMode: false, careOffered: false })
}
