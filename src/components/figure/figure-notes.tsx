import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DataNote, NoteKind } from '@/services/feed/schema'
import { useAppStore } from '@/store'
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
 * Under a figure: one "ⓘ 数据说明 · 两处说法不一" line when data notes name it (their kinds in
 * words); a tap shows their texts there. One line and one tap target per figure, however many
 * notes, and no data attributes, so that a page of figures stays within WeChat's node and setData
 * budgets (scripts/perf/weapp-render.ts). Nothing when no note names the figure.
 */
export function FigureNotes({ figureIds }: FigureNotesProps) {
  const all = useAppStore((s) => s.feed.notes)
  const key = figureIds.join(' ')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const notes = useMemo(() => notesNaming(all, figureIds), [all, key])
  const [open, setOpen] = useState(false)
  if (notes.length === 0) return null
  const kinds = [...new Set(notes.map(noteKindLabel))].join('、')
  return (
    <View className='figure-notes'>
      <View className='figure-notes__mark tap' role='button' aria-expanded={open} onClick={() => setOpen(!open)}>
        {`ⓘ 数据说明 · ${kinds} ${open ? '▲' : '▼'}`}
      </View>
      {open
        ? notes.map((n) => (
            <Text key={n.id} className='figure-notes__text' data-note-id={n.id}>
              {`【${noteKindLabel(n)}】${n.text}`}
            </Text>
          ))
        : null}
    </View>
  )
}
