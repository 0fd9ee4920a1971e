import { Text, View } from '@tarojs/components'
import { noteKindLabel } from '@/components/figure/figure-notes'
import { Heading } from '@/components/heading'
import type { DataNote } from '@/services/feed/schema'
import './scorecards.scss'

export type DataNotesProps = { notes: DataNote[] }

/** The full list of the data notes that touch the figures on screen, each with its kind in words. */
export function DataNotes({ notes }: DataNotesProps) {
  if (notes.length === 0) return null
  return (
    <View>
      <Heading level={2}>数据说明</Heading>
      <View className='card data-notes' role='note' aria-label='数据说明'>
        <Text className='muted'>
          本页数字的全部说明：来源之间对不上或原文没说清的地方，数字仍照原文；每条也标在它所说的数字下面。
        </Text>
        {notes.map((n) => (
          <Text key={n.id} className='data-notes__item' data-note-id={n.id}>
            {`· 【${noteKindLabel(n)}】${n.text}`}
          </Text>
        ))}
      </View>
    </View>
  )
}
