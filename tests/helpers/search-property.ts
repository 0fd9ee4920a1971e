import fc from 'fast-check'
import { queryTerms } from '@/utils/search'

/** Whether every term of `query` stands in one of `fields`, in any case: what a search must find. */
export function containsEveryTerm(
  fields: readonly string[],
  query: string,
  expand: (term: string) => readonly string[] = (t) => [t],
): boolean {
  return queryTerms(query).every((t) =>
    expand(t.toLowerCase()).some((w) => fields.some((f) => f.toLowerCase().includes(w.toLowerCase()))),
  )
}

/**
 * A query made of `maxTerms` or fewer pieces (each up to `maxLength` characters) cut from the real
 * text of `items`, so that most generated queries find something.
 */
export function realTextQuery<T>(
  items: readonly T[],
  fields: (item: T) => string[],
  { maxLength, maxTerms }: { maxLength: number; maxTerms: number },
): fc.Arbitrary<string> {
  return fc
    .array(
      fc
        .record({ item: fc.nat(), field: fc.nat(), start: fc.nat(), length: fc.integer({ min: 1, max: maxLength }) })
        .map(({ item, field, start, length }) => {
          const texts = fields(items[item % items.length]).filter(Boolean)
          const text = texts[field % texts.length]
          const from = start % text.length
          return text.slice(from, from + length).replace(/["\s]/g, '')
        })
        .filter((t) => t.length > 0),
      { minLength: 1, maxLength: maxTerms },
    )
    .map((terms) => terms.join(' '))
}

/** For 200 generated queries, `found` (ids, sorted) is exactly the items holding every term. */
export function expectFindsExactlyTheItemsWithEveryTerm<T extends { id: string }>(
  items: readonly T[],
  fields: (item: T) => string[],
  query: fc.Arbitrary<string>,
  found: (query: string) => string[],
  expand?: (term: string) => readonly string[],
) {
  fc.assert(
    fc.property(query, (q) => {
      expect(found(q)).toEqual(
        items
          .filter((item) => containsEveryTerm(fields(item), q, expand))
          .map((item) => item.id)
          .sort(),
      )
    }),
    { numRuns: 200 },
  )
}
