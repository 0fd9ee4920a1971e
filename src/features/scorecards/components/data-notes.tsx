import { Text, View } from '@tarojs/components'
import { Heading } from '../../../components/heading'
import type { DataNote } from '../../../services/feed/schema'
import './scorecards.scss'

export type DataNotesProps = { notes: DataNote[] }

/** The data notes that touch the figures on screen: where the sources disagree or say too little. */
export function DataNotes({ notes }: DataNotesProps) {
  if (notes.length === 0) return null
  return (
    <View>
      <Heading level={2}>数据说明</Heading>
      <View className='card data-notes' role='note' aria-label='数据说明'>
        <Text className='muted'>以下是与本页数字有关的说明：来源之间对不上或原文没说清的地方，数字仍照原文。</Text>
        {notes.map((n) => (
          <Text key={n.id} className='data-notes__item' data-note-id={n.id}>
            {`· ${n.text}`}
          </Text>
        ))}
      </View>
    </View>
  )
}
