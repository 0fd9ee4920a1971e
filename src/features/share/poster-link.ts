/**
 * Where a poster's QR code leads: the item's page in the H5 build. The base address is set when
 * building (`TARO_APP_H5_BASE_URL`, see README; config/index.ts defines the constant). Without it,
 * H5 uses its own address and a weapp poster draws no code (it says how to find the mini program).
 */
import { webUrl } from '@/domain/routes'

declare const H5_BASE_URL_CONSTANT: string | undefined

export const H5_BASE_URL: string = typeof H5_BASE_URL_CONSTANT === 'string' ? H5_BASE_URL_CONSTANT : ''

/** `base#/path`: the hash-router address of a mini-program path under an H5 base address. */
export function h5ItemUrl(path: string, base: string): string {
  const root = base.split('#')[0]
  return `${root}#${path.startsWith('/') ? path : `/${path}`}`
}

/**
 * The link a poster's code carries: under the build's base address when set; else, on H5, under
 * the page's own address (`here`); else none (weapp without a base address).
 */
export function posterLink(
  path: string,
  here?: Pick<Location, 'origin' | 'pathname'>,
  base: string = H5_BASE_URL,
): string | undefined {
  if (base) return h5ItemUrl(path, base)
  return here ? webUrl(path, here) : undefined
}

/**
 * How the poster page tells the resident to open the item again: by the code when the poster
 * draws one (H5 always, weapp when the build names the H5 address), else by the line the poster
 * prints instead (search for the mini program, then the item's place in it).
 */
export function posterOpenHint(drawsCode: boolean): string {
  return drawsCode ? '扫海报上的二维码就能打开这一页。' : '海报底部写着在微信里怎样找到这一页。'
}

/** Whether this build's posters carry a code (see posterLink). */
export const POSTER_DRAWS_CODE: boolean = process.env.TARO_ENV !== 'weapp' || H5_BASE_URL !== ''
