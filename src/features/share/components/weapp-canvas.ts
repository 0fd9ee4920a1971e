/**
 * weapp only: draws an item on a `<Canvas type="2d">` already on the page and exports it as a
 * temporary image file. https://developers.weixin.qq.com/miniprogram/dev/component/canvas.html
 *
 * The drawing code (features/share/poster, about 14 KiB) is `package-share/poster-drawing.js`, a
 * bundle named in config/package-files.ts: the share image of the 成绩单 tab, the detail and chart pages
 * and the poster page all load it from the package-share subpackage instead of the main package.
 */
import Taro from '@tarojs/taro'
import type { drawPoster, PosterContext, PosterLayout } from '@/features/share/poster'
import type { ShareItem } from '@/features/share/share-item'
import { requirePackageFile } from '@/utils/package-file.weapp'

type CanvasNode = { width: number; height: number; getContext(type: '2d'): unknown }
type CanvasBox = { node?: CanvasNode; width: number; height: number }

/** Device pixel ratio, so text stays sharp on high-DPR phones. */
export function devicePixelRatio(): number {
  try {
    return Taro.getWindowInfo().pixelRatio
  } catch {
    return Taro.getSystemInfoSync().pixelRatio
  }
}

/** The canvas node of `#id`, sized by its CSS box; undefined when the page has none (yet). */
function canvasNode(id: string): Promise<CanvasBox | undefined> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: (CanvasBox | null)[]) => resolve(res?.[0]?.node ? res[0] : undefined))
  })
}

/**
 * Draws the item on `#id` at `size` (default: its CSS size) × the pixel ratio and resolves to a
 * temp file path of exactly that many pixels; a poster with `link` carries its QR code.
 */
export async function drawToTempFile(
  id: string,
  item: ShareItem,
  layout: PosterLayout,
  maxRatio = Infinity,
  size?: { width: number; height: number },
  link?: string,
): Promise<string> {
  const drawing = await requirePackageFile<{ drawPoster: typeof drawPoster }>('posterDrawing')
  const box = await canvasNode(id)
  if (!box?.node) throw new Error(`canvas #${id} not found`)
  const ratio = Math.min(devicePixelRatio(), maxRatio)
  const { width, height } = size ?? box
  const canvas = box.node
  canvas.width = Math.round(width * ratio)
  canvas.height = Math.round(height * ratio)
  const ctx = canvas.getContext('2d') as PosterContext
  drawing.drawPoster(ctx, item, { width, height, pixelRatio: ratio, layout, link })
  // The output size is given in pixels: its default (width × the screen's pixel ratio) would
  // enlarge a canvas already sized in device pixels again.
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.Canvas,
    destWidth: canvas.width,
    destHeight: canvas.height,
    fileType: 'png',
  })
  return tempFilePath
}
