// miniprogram-compiler wraps WeChat's wcc / wcsc and ships no types.
declare module 'miniprogram-compiler' {
  export function wxmlToJs(rootPath: string, options?: Record<string, unknown>): string
  export function wxssToJs(rootPath: string, options?: Record<string, unknown>): string
}
