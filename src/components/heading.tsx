import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'

export type HeadingProps = PropsWithChildren<{ level: 1 | 2 | 3; className?: string }>

/** A heading that screen readers announce as one (Taro's Text takes no role). */
export function Heading({ level, className = 'section-title', children }: HeadingProps) {
  return (
    <View className={className} role='heading' aria-level={level}>
      {children}
    </View>
  )
}
