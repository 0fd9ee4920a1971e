import { SearchBar } from '@nutui/nutui-react-taro'

export type SearchFieldProps = {
  value: string
  onChange: (value: string) => void
  placeholder: string
  /** The field's accessible name, when the placeholder alone is not enough. */
  label?: string
}

/** Longest query a list page takes: enough for a few terms, short enough to stay on one line. */
const MAX_QUERY = 40

/**
 * A list page's search box (NutUI SearchBar); clearing it empties the query. The accessible name:
 * weapp reads Taro's `ariaLabel`; on H5 Taro's HTML input passes attributes through as written, so
 * it needs the DOM's own `aria-label`.
 */
export function SearchField({ value, onChange, placeholder, label }: SearchFieldProps) {
  const inputProps =
    label === undefined
      ? undefined
      : ((process.env.TARO_ENV === 'h5' ? { 'aria-label': label } : { ariaLabel: label }) as { ariaLabel: string })
  return (
    <SearchBar
      value={value}
      placeholder={placeholder}
      onChange={(v) => onChange(v)}
      onClear={() => onChange('')}
      maxLength={MAX_QUERY}
      {...(inputProps ? { inputProps } : {})}
    />
  )
}
