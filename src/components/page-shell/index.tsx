import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { useAppStore } from '../../store'

export type PageShellProps = PropsWithChildren<{ className?: string }>

/** Every page's root: applies the theme and 关怀模式 through CSS variables in one place. */
export function PageShell({ className, children }: PageShellProps) {
  const careMode = useAppStore((s) => s.careMode)
  return <View className={['page', careMode ? 'care' : '', className ?? ''].join(' ').trim()}>{children}</View>
}
