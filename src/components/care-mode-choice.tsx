import { useAppStore } from '@/store'
import { tellIfUnsaved } from '@/store/save-feedback'
import { ChoiceGroup } from './choice-group'

const OPTIONS = [
  { value: 'standard', label: '标准' },
  { value: 'care', label: '关怀模式（大字）' },
] as const

/** The one control for 关怀模式, the same in 我的 and in the first-launch offer. */
export function CareModeChoice() {
  const careMode = useAppStore((s) => s.careMode)
  const setCareMode = useAppStore((s) => s.setCareMode)
  return (
    <ChoiceGroup
      label='字号'
      options={OPTIONS}
      value={careMode ? 'care' : 'standard'}
      onChange={(v) => tellIfUnsaved(setCareMode(v === 'care'))}
    />
  )
}
