import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { projectUrl } from '@/domain/routes'

export type ProjectLinkProps = {
  id: string
  className: string
  /** From a project page to another: replaces this page instead of stacking a tenth. */
  replace?: boolean
  /**
   * What screen readers hear, when not the text inside. Not `ariaLabel`: Taro's H5 compile renames
   * that prop to `aria-label` on every component, ours too, so it would never arrive.
   */
  name?: string
  testId?: string
  children: ReactNode
}

/** A block that opens project `id` when tapped; screen readers hear it as a link. */
export function ProjectLink({ id, className, replace, name, testId, children }: ProjectLinkProps) {
  const url = projectUrl(id)
  const open = () => void (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }))
  return (
    <View className={className} role='link' aria-label={name} data-testid={testId} onClick={open}>
      {children}
    </View>
  )
}

export type QuantityTextProps = { quantity: { value: string; unit: string }; className: string; spokenAs?: string }

/** A project's quantity, the number large and its unit small: "15 处". */
export function QuantityText({ quantity, className, spokenAs }: QuantityTextProps) {
  return (
    <Text className={className} aria-label={spokenAs}>
      {quantity.value}
      <Text className='project-row__unit'> {quantity.unit}</Text>
    </Text>
  )
}
