import { Button } from '@/components/button'

export type ExpandButtonProps = {
  expanded: boolean
  onToggle: () => void
  /** id of the element the button shows and hides. */
  controls: string
  /** How many items are hidden while collapsed. */
  count: number
  /** How many items of the same list show while collapsed: with none, the button opens 全部, not 其余. */
  shown: number
  /** What the hidden items are, for screen readers: "“产业发展质效齐升”的其余8项数字". */
  what: string
  /** The counter word on the button: 展开其余8项, 展开全部46项, 展开其余5张. */
  unit?: string
}

/** The button's words while collapsed: 展开其余8项 under shown items, 展开全部46项 when none shows yet. */
export function expandWords(count: number, shown: number, unit = '项'): string {
  return `${shown > 0 ? '展开其余' : '展开全部'}${count}${unit}`
}

/** 展开 / 收起 for the rest of a list, announced with what it opens and whether it is open. */
export function ExpandButton({ expanded, onToggle, controls, count, shown, what, unit = '项' }: ExpandButtonProps) {
  return (
    <Button
      className='expand-button tap'
      size='small'
      fill='outline'
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={expanded ? `收起${what}` : `展开${what}`}
      onClick={onToggle}
    >
      {expanded ? '收起 ▲' : `${expandWords(count, shown, unit)} ▼`}
    </Button>
  )
}
