/** Types for server.mjs, which scripts/prerender-h5.ts shares with the browser tests. */
export function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }>
