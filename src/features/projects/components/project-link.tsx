import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { projectUrl } from '@/domain/routes'

export type ProjectLinkProps = {
  id: string
  className: string
  /** From a project page to another: replaces this page instead of stacking a tenth. */
  replace?: boolean
  ariaLabel?: string
  testId?: string
  children: ReactNode
}

/** A block that opens project `id` when tapped; screen readers hear it as a link. */
export function ProjectLink({ id, className, replace, ariaLabel, testId, children }: ProjectLinkProps) {
  const url = projectUrl(id)
  const open = () => void (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }))
  return (
    <View className={className} role='link' aria-label={ariaLabel} data-testid={testId} onClick={open}>
      {children}
    </View>
  )
}

export type QuantityTextProps = { quantity: { value: string; unit: string }; className: string; ariaLabel?: string }

/** A project's quantity, the number large and its unit small: "15 处". */
export function QuantityText({ quantity, className, ariaLabel }: QuantityTextProps) {
  return (
    <Text className={className} aria-label={ariaLabel}>
      {quantity.value}
      <Text className='project-row__unit'> {quantity.unit}</Text>
    </Text>
  )
}
