import { View } from '@tarojs/components'
import { Segmented } from '@nutui/nutui-react-taro'
import { PERIOD_VIEWS, type PeriodViewKey } from '@/features/scorecards/scorecard-periods'
import './scorecards.scss'

export type PeriodSwitchProps = { value: PeriodViewKey; onChange: (key: PeriodViewKey) => void }

/**
 * The year switcher: NutUI's Segmented, whose items carry no role, given tab semantics here so a
 * screen reader announces each as a tab and which one is chosen.
 */
export function PeriodSwitch({ value, onChange }: PeriodSwitchProps) {
  return (
    <View className='period-switch' role='tablist' aria-label='选择年份'>
      <Segmented
        value={value}
        options={PERIOD_VIEWS.map((v) => ({
          value: v.key,
          label: (
            <View role='tab' aria-selected={v.key === value} data-testid='period-tab'>
              {v.label}
            </View>
          ),
        }))}
        onChange={(key) => onChange(key as PeriodViewKey)}
      />
    </View>
  )
}
