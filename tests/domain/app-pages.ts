type AppConfig = {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string }[] }
}

/** src/app.config.ts, loaded with a stand-in for Taro's global defineAppConfig. */
function appConfig(): AppConfig {
  ;(globalThis as Record<string, unknown>).defineAppConfig = (c: unknown) => c
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('@/app.config').default as AppConfig
}

/** The pages of src/app.config.ts as paths from the root ("/pages/index/index"). */
export function appPages(): Set<string> {
  const config = appConfig()
  return new Set([
    ...config.pages.map((p) => `/${p}`),
    ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`)),
  ])
}

/** The tab bar's pages of src/app.config.ts, in its order. */
export function appTabPages(): string[] {
  return (appConfig().tabBar?.list ?? []).map((t) => `/${t.pagePath}`)
}
