import { Text, View } from '@tarojs/components'
import { Segmented } from '@nutui/nutui-react-taro'
import { activatable } from '@/utils/a11y'
import './choice-group.scss'

export type ChoiceOption = { value: string; label: string }
export type ChoiceGroupProps = {
  /** Shown before the choices and read out as the group's name, e.g. 状态. */
  label: string
  options: readonly ChoiceOption[]
  value: string
  onChange: (value: string) => void
  /** One scrolling row with the group's name read out but not shown (wraps again in 关怀模式). */
  compact?: boolean
}

/**
 * One-of-several choice on NutUI's Segmented. Segmented's items carry no roles, so each label is
 * a radio (role, checked state, name) inside a named radiogroup; the chosen one is also marked
 * with ✓, not by colour alone. Each choice is focusable and answers Enter and Space (H5 keyboards).
 */
export function ChoiceGroup({ label, options, value, onChange, compact }: ChoiceGroupProps) {
  return (
    <View className={compact ? 'choice-group choice-group--compact' : 'choice-group'}>
      <Text className='choice-group__label' aria-hidden='true'>
        {label}
      </Text>
      <View className='choice-group__choices' role='radiogroup' aria-label={label}>
        <Segmented
          value={value}
          onChange={(v) => onChange(String(v))}
          options={options.map((o) => ({
            value: o.value,
            label: (
              <View
                className='choice-group__choice tap'
                role='radio'
                aria-checked={o.value === value ? 'true' : 'false'}
                aria-label={o.label}
                {...activatable(() => onChange(o.value))}
              >
                {o.value === value ? '✓ ' : ''}
                {o.label}
              </View>
            ),
          }))}
        />
      </View>
    </View>
  )
}
