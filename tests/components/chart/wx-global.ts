// echarts decides it runs in a mini program when `wx` exists, as it does on a phone; this module
// is imported before echarts so that detection sees it.
;(globalThis as Record<string, unknown>).wx = { getSystemInfoSync: () => ({ pixelRatio: 2 }) }
