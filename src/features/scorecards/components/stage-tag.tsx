import { Text } from '@tarojs/components'
import type { FigureKind } from '@/services/feed/schema'
import { KIND_LABEL } from '@/domain/format'
import '@/components/figure/figure.scss'

export type StageTagProps = { kind: FigureKind }

/** The stage of a figure in words (实际 / 预计 / 目标 / 累计), so an estimate never reads as final. */
export function StageTag({ kind }: StageTagProps) {
  return <Text className={`kind-tag kind-tag--${kind}`}>{KIND_LABEL[kind]}</Text>
}
