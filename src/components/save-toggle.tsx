import { Button } from './button'
import { isSinglePageMode } from '@/utils/launch-scene'
import { tellIfUnsaved } from '@/store/save-feedback'
import type { SaveResult } from '@/store/saved-slice'

/** What the button says (`text`) and what a screen reader hears (`label`), before and after saving. */
type SaveToggleWords = { text: string; label: string }

export type SaveToggleProps = {
  saved: boolean
  /** Saves or unsaves; a result that was not kept is told in a toast. */
  onToggle: () => SaveResult
  save: SaveToggleWords
  unsave: SaveToggleWords
}

/**
 * 收藏 or 关注 on a detail page. Not shown in 朋友圈单页模式, whose storage is not the app's own
 * (https://developers.weixin.qq.com/miniprogram/dev/framework/ability/share-timeline.html).
 */
export function SaveToggle({ saved, onToggle, save, unsave }: SaveToggleProps) {
  if (isSinglePageMode()) return null
  const words = saved ? unsave : save
  return (
    <Button
      type={saved ? 'default' : 'primary'}
      className='tap'
      aria-label={words.label}
      onClick={() => tellIfUnsaved(onToggle())}
    >
      {words.text}
    </Button>
  )
}
