import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { DataNote, NoteKind } from '@/services/feed/schema'
import { useAppStore } from '@/store'
import { activatable } from '@/utils/a11y'
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

// WeChat's templates render no role or aria attribute, so on weapp they would only add to setData.
const WEB = process.env.TARO_ENV !== 'weapp'

export type FigureNotesState = { notes: DataNote[]; open: boolean; toggle: () => void }

/** The data notes that name these figures, and whether their texts are shown. */
export function useFigureNotes(figureIds: readonly string[]): FigureNotesState {
  const all = useAppStore((s) => s.feed.notes)
  const key = figureIds.join(' ')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const notes = useMemo(() => notesNaming(all, figureIds), [all, key])
  const [open, setOpen] = useState(false)
  return { notes, open, toggle: () => setOpen(!open) }
}

/**
 * "ⓘ 说明" beside a figure that data notes name: one small button however many notes (their kinds in
 * its spoken name), placed in the figure's own line, so notes never stack up under it. Nothing when
 * no note names the figure.
 */
export function FigureNoteButton({ state }: { state: FigureNotesState }) {
  const { notes, open, toggle } = state
  if (notes.length === 0) return null
  const kinds = [...new Set(notes.map(noteKindLabel))].join('、')
  // The spoken name starts with the words shown (说明, or 收起 when open). The ⓘ is drawn by the
  // stylesheet: axe counts it as a letter of the visible label, and a reader has nothing to say for it.
  const name = `${open ? '收起' : '说明'}：${kinds}${notes.length > 1 ? `，共${notes.length}条` : ''}`
  return (
    <View
      className='figure-notes__mark'
      onClick={toggle}
      {...(WEB ? { role: 'button', 'aria-expanded': open, 'aria-label': name, ...activatable(toggle) } : {})}
    >
      {open ? '收起' : '说明'}
    </View>
  )
}

/** The texts of the notes a FigureNoteButton opened, each with its kind in words; nothing while folded. */
export function FigureNoteTexts({ state }: { state: FigureNotesState }) {
  if (!state.open || state.notes.length === 0) return null
  return (
    <View className='figure-notes'>
      {state.notes.map((n) => (
        <Text key={n.id} className='figure-notes__text' data-note-id={n.id}>
          {`【${noteKindLabel(n)}】${n.text}`}
        </Text>
      ))}
    </View>
  )
}

export type FigureNotesProps = { figureIds: readonly string[] }

/** The ⓘ button and, once tapped, the notes' texts, for a figure shown alone. */
export function FigureNotes({ figureIds }: FigureNotesProps) {
  const state = useFigureNotes(figureIds)
  return (
    <>
      <FigureNoteButton state={state} />
      <FigureNoteTexts state={state} />
    </>
  )
}
