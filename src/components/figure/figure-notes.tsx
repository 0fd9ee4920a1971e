import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DataNote, NoteKind } from '../../services/feed/schema'
import { useAppStore } from '../../store'
import './figure-notes.scss'

/** The words a reader sees for each kind of data note. */
export const NOTE_KIND_LABEL: Record<NoteKind, string> = {
  disagree: '两处说法不一',
  unclear: '原文没说清',
  wording: '原文的写法',
  derived: '含本应用换算',
}

/** The kind of a note in words; a note of an older feed without a kind is just 数据说明. */
export function noteKindLabel(note: Pick<DataNote, 'kind'>): string {
  return note.kind ? NOTE_KIND_LABEL[note.kind] : '数据说明'
}

/** Data notes that name at least one of these figures, in feed order. */
export function notesNaming(notes: readonly DataNote[], figureIds: readonly string[]): DataNote[] {
  const ids = new Set(figureIds)
  return notes.filter((n) => n.figureIds.some((id) => ids.has(id)))
}

export type FigureNotesProps = { figureIds: readonly string[] }

/**
 * Under a figure: one "ⓘ 数据说明 · 两处说法不一" line for each data note that names it; a tap
 * shows the note's text there. Nothing when no note names the figure.
 */
export function FigureNotes({ figureIds }: FigureNotesProps) {
  const all = useAppStore((s) => s.feed.notes)
  const key = figureIds.join(' ')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const notes = useMemo(() => notesNaming(all, figureIds), [all, key])
  const [open, setOpen] = useState<readonly string[]>([])
  if (notes.length === 0) return null
  const toggle = (id: string) => setOpen(open.includes(id) ? open.filter((o) => o !== id) : [...open, id])
  return (
    <View className='figure-notes' data-figure-ids={key}>
      {notes.map((n) => {
        const expanded = open.includes(n.id)
        return (
          <View key={n.id} className='figure-notes__note' data-note-id={n.id} data-testid='figure-note'>
            <View
              className='figure-notes__mark tap'
              role='button'
              aria-expanded={expanded}
              aria-label={`数据说明：${noteKindLabel(n)}，${expanded ? '收起' : '点开查看'}`}
              onClick={() => toggle(n.id)}
            >
              <Text aria-hidden>ⓘ</Text>
              <Text>{` 数据说明 · ${noteKindLabel(n)} ${expanded ? '▲' : '▼'}`}</Text>
            </View>
            {expanded ? <Text className='figure-notes__text'>{n.text}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
