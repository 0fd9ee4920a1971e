/**
 * Words a resident may type for what the feed says in other words. Each group is a set of words
 * that mean the same thing for a search: typing any of them also finds the others. Chosen from what
 * mock/feed.json contains (养老 19 times, 长者 6, 老年 3 …); single characters (路) are left out,
 * since they would match nearly every text, and so are words the feed never says (公厕, 厕所).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['养老', '老人', '老年', '长者', '敬老'],
  ['教育', '上学', '学校', '入学', '学位'],
  ['幼儿园', '托育', '托幼'],
  ['医疗', '看病', '就医', '医院', '卫生院'],
  ['停车', '车位', '停车场'],
  ['道路', '修路', '路网', '马路'],
  ['就业', '找工作', '岗位', '创业'],
  ['住房', '住宅', '棚改', '安置房'],
  ['救助', '低保', '困难群众'],
  ['供热', '供暖', '暖气'],
  ['燃气', '天然气', '煤气'],
]

const byWord = new Map<string, readonly string[]>()
for (const group of SYNONYM_GROUPS) for (const word of group) byWord.set(word, group)

/**
 * The words a search term stands for: the term itself, then its group's other words when the term
 * is one of them (Latin letters in any case).
 */
export function synonymsOf(term: string): string[] {
  const t = term.toLowerCase()
  const group = byWord.get(t)
  return group ? [t, ...group.filter((w) => w !== t)] : [t]
}
