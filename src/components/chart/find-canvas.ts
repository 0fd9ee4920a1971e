// weapp only (imported by index.weapp.tsx): finding the <Canvas type="2d"> node of a chart.
import Taro from '@tarojs/taro'

/** The 2D canvas node of `<Canvas type="2d">` as the selector query returns it, with its CSS size. */
export type CanvasBox = { node?: { getContext(type: '2d'): unknown }; width: number; height: number }

/** The page (or custom component) whose nodes a query looks at. */
export type QueryScope = TaroGeneral.IAnyObject

/**
 * Waits before each further query when the node was not there yet (the view layer creates it after
 * the render's setData arrives, later on a busy phone): about 1.5 s in all, then the chart stays blank
 * and the table under it carries the numbers.
 */
export const QUERY_RETRY_MS = [50, 100, 200, 400, 800] as const

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * One query for `#id` within `scope`: a query without it looks at whichever page is on top when it
 * runs, which is another page once the user has moved on.
 * https://developers.weixin.qq.com/miniprogram/dev/api/wxml/SelectorQuery.in.html
 */
function queryCanvas(id: string, scope: QueryScope | undefined): Promise<CanvasBox | undefined> {
  return new Promise((resolve) => {
    const query = scope ? Taro.createSelectorQuery().in(scope) : Taro.createSelectorQuery()
    query
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: (CanvasBox | null | undefined)[] | null | undefined) => resolve(res?.[0] ?? undefined))
  })
}

/**
 * The canvas node `#id` in `scope`, asked again after each of QUERY_RETRY_MS while it is missing;
 * undefined when it never came or when `cancelled()` turned true (checked after every wait).
 */
export async function findCanvas(
  id: string,
  scope: QueryScope | undefined,
  cancelled: () => boolean,
): Promise<CanvasBox | undefined> {
  for (let attempt = 0; ; attempt++) {
    const box = await queryCanvas(id, scope)
    if (cancelled()) return undefined
    if (box?.node) return box
    if (attempt >= QUERY_RETRY_MS.length) return undefined
    await wait(QUERY_RETRY_MS[attempt])
    if (cancelled()) return undefined
  }
}
