/**
 * weapp: nothing. WeChat draws the navigation bar, with its back button, and its home button on a
 * page opened alone (tests/weapp/home-button.test.ts checks that nothing hides it).
 */
export function AppBar() {
  return null
}
