/**
 * H5: removes the loading shell that index.html paints before any script has run, once a page has
 * rendered in its place. No-op on weapp (no such element, and the branch is compiled away).
 */
export function removeBootShell(): void {
  if (process.env.TARO_ENV !== 'h5') return
  document.getElementById('boot')?.remove()
}
