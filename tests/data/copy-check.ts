/**
 * Finds runs of text copied from the source documents, with the rules of the before-stop hook
 * (`../shared/hooks/before-stop`, its python part): keep only CJK, ASCII letters and digits, "."
 * and "%"; a run of 20 or more kept characters that also stands in a seed is a copied passage,
 * unless it lies inside one of the seeds' short lines (headlines and titles, at most 45 kept
 * characters) or inside an entry of the reviewed allow-list. One thing is added to the hook:
 * seeds and scanned text both go through OpenCC (traditional → simplified), so a sentence of the
 * traditional 001 is found however it was converted; the hook instead reads the pre-converted copy.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'

/** Shortest shared run that counts as a copied passage, in kept characters. */
export const RUN = 20
/** Lines of a seed this short (in kept characters) are headlines or titles: names, not sentences. */
export const TITLE_MAX = 45
/** The file types the hook reads. */
export const SCANNED_EXTENSIONS = ['.ts', '.tsx', '.js', '.json', '.md', '.scss', '.css', '.txt', '.html']

const KEEP = /[\u4e00-\u9fff0-9A-Za-z.%]/
const CJK = /[\u4e00-\u9fff]/

export type Convert = (text: string) => string

/** Traditional (Taiwan standard, which matches the pre-converted 001 exactly) to simplified. */
export const toSimplified: Convert = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** The text with everything but CJK, letters, digits, "." and "%" removed. */
export function keptText(text: string): string {
  let out = ''
  for (const ch of text) if (KEEP.test(ch)) out += ch
  return out
}

export type Seeds = { grams: Set<string>; titles: string[]; files: string[] }
export type AllowEntry = { text: string; reason: string }
export type CopiedRun = { file: string; run: string }

/** Reads every `.txt` of the seeds folder; throws when the folder or its texts are missing. */
export function readSeeds(
  dir: string,
  convert: Convert = toSimplified,
  skip: (name: string) => boolean = () => false,
): Seeds {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`The source documents are not at ${dir}: the copy check cannot run without them.`)
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && !skip(name))
    .sort()
  if (files.length === 0) throw new Error(`No source documents (*.txt) in ${dir}.`)
  const grams = new Set<string>()
  const titles: string[] = []
  for (const name of files) {
    const raw = convert(readFileSync(join(dir, name), 'utf8'))
    const kept = keptText(raw)
    for (let i = 0; i + RUN <= kept.length; i++) grams.add(kept.slice(i, i + RUN))
    for (const line of raw.split(/\r?\n/)) {
      const title = keptText(line)
      if (title.length > 0 && title.length <= TITLE_MAX) titles.push(title)
    }
  }
  return { grams, titles, files }
}

/** Each maximal run of `RUN`+ kept characters of `text` that stands in a seed and is not allowed. */
export function copiedRuns(
  text: string,
  seeds: Seeds,
  allow: readonly AllowEntry[] = [],
  convert: Convert = toSimplified,
): string[] {
  const kept = keptText(CJK.test(text) ? convert(text) : text)
  const allowed = [...seeds.titles, ...allow.map((a) => keptText(a.text))]
  const runs: string[] = []
  let i = 0
  while (i + RUN <= kept.length) {
    if (!seeds.grams.has(kept.slice(i, i + RUN))) {
      i += 1
      continue
    }
    let j = i + RUN
    while (j < kept.length && seeds.grams.has(kept.slice(j - RUN + 1, j + 1))) j += 1
    const run = kept.slice(i, j)
    if (!allowed.some((t) => t.includes(run))) runs.push(run)
    i = j
  }
  return runs
}

/** The files the hook reads: tracked and untracked-but-not-ignored, of the scanned types. */
export function projectFiles(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return out
    .split('\n')
    .filter((f) => f && !f.startsWith('node_modules/') && !f.startsWith('dist/'))
    .filter((f) => SCANNED_EXTENSIONS.some((ext) => f.endsWith(ext)))
    .filter((f) => existsSync(join(root, f)) && statSync(join(root, f)).isFile())
}

/** Every copied run in the given files of the project. */
export function scanProject(
  root: string,
  files: readonly string[],
  seeds: Seeds,
  allow: readonly AllowEntry[],
): CopiedRun[] {
  return files.flatMap((file) =>
    copiedRuns(readFileSync(join(root, file), 'utf8'), seeds, allow).map((run) => ({ file, run })),
  )
}
