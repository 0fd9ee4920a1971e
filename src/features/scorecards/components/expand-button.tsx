import { Button } from '@nutui/nutui-react-taro'

/** Taro's H5 button is a custom element without a role; NutUI's props do not type `role`, so it goes by spread. */
export const BUTTON_ROLE: object = { role: 'button' }

export type ExpandButtonProps = {
  expanded: boolean
  onToggle: () => void
  /** id of the element the button shows and hides. */
  controls: string
  /** How many items are hidden while collapsed. */
  count: number
  /** What the hidden items are, for screen readers: "“产业发展质效齐升”的其余8项数字". */
  what: string
  /** The counter word on the button: 展开其余8项, 展开其余5张. */
  unit?: string
}

/** 展开 / 收起 for the rest of a list, announced with what it opens and whether it is open. */
export function ExpandButton({ expanded, onToggle, controls, count, what, unit = '项' }: ExpandButtonProps) {
  return (
    <Button
      {...BUTTON_ROLE}
      className='expand-button tap'
      size='small'
      fill='outline'
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={expanded ? `收起${what}` : `展开${what}`}
      onClick={onToggle}
    >
      {expanded ? '收起 ▲' : `展开其余${count}${unit} ▼`}
    </Button>
  )
}
