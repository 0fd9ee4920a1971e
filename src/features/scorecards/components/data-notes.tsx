import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { noteKindLabel } from '@/components/figure/figure-notes'
import { Heading } from '@/components/heading'
import type { DataNote } from '@/services/feed/schema'
import { ExpandButton } from './expand-button'
import './scorecards.scss'

export type DataNotesProps = { notes: DataNote[]; id: string }

/**
 * The full list of the data notes that touch the figures on screen, each with its kind in words, at
 * the end of the page and folded: each note already opens from the ⓘ beside its figures, and the
 * list unfolded was three screens long (and a large part of the tab's first setData on weapp).
 */
export function DataNotes({ notes, id }: DataNotesProps) {
  const [open, setOpen] = useState(false)
  if (notes.length === 0) return null
  const listId = `data-notes-${id}`
  return (
    <View>
      <Heading level={2}>数据说明</Heading>
      <View className='card data-notes' role='note' aria-label='数据说明'>
        <Text className='muted'>
          {`本页数字共有${notes.length}条说明：来源之间对不上或原文没说清的地方，数字仍照原文。每条也可以点数字旁的“ⓘ 说明”查看。`}
        </Text>
        <ExpandButton
          expanded={open}
          onToggle={() => setOpen(!open)}
          controls={listId}
          count={notes.length}
          shown={0}
          unit='条'
          what={`全部${notes.length}条数据说明`}
        />
        <View id={listId}>
          {open
            ? notes.map((n) => (
                <Text key={n.id} className='data-notes__item' data-note-id={n.id}>
                  {`· 【${noteKindLabel(n)}】${n.text}`}
                </Text>
              ))
            : null}
        </View>
      </View>
    </View>
  )
}
