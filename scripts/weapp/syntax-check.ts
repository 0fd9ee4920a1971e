/**
 * Checks every .js of the weapp package (as WeChat would upload it) against the syntax floor of
 * scripts/weapp/syntax-floor.ts: each file must parse at that ECMAScript level (acorn), and no
 * code may call a built-in the floor lacks (`.at(`, `Object.fromEntries`, `globalThis` …).
 * A phone whose engine lacks a syntax cannot start the file at all; a missing built-in throws
 * where it is called. Exits 1 on any finding.
 * Usage: npm run check:weapp-syntax [-- --dist <dir>]   (after npm run build:weapp && npm run compile:weapp)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import * as acorn from 'acorn'
import * as walk from 'acorn-walk'
import { weappPackageDir } from './package-dir'
import { NEWER_GLOBALS, NEWER_METHODS, NEWER_STATICS, polyfilled, WEAPP_ECMA_VERSION } from './syntax-floor'

/** What a file uses that the floor lacks, with where. */
export type SyntaxFinding = { file: string; line: number; column: number; message: string }

const ECMA = WEAPP_ECMA_VERSION as acorn.ecmaVersion
const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key)

/** `a.b.c` for a member chain of plain names, else undefined. */
function dotted(node: acorn.Node): string | undefined {
  if (node.type === 'Identifier') return (node as acorn.Identifier).name
  const member = node as acorn.MemberExpression
  if (node.type !== 'MemberExpression' || member.computed || member.property.type !== 'Identifier') return undefined
  const object = dotted(member.object)
  return object && `${object}.${member.property.name}`
}

const propertyName = (member: acorn.MemberExpression): string | undefined =>
  !member.computed && member.property.type === 'Identifier'
    ? member.property.name
    : member.property.type === 'Literal' && typeof member.property.value === 'string'
      ? member.property.value
      : undefined

/**
 * Findings of one file's source: a parse error at the floor's level, or each newer built-in it uses
 * that src/polyfills.weapp.ts does not install (`installed`).
 */
export function checkSource(source: string, file: string, installed = polyfilled()): SyntaxFinding[] {
  const at = (pos: number) => acorn.getLineInfo(source, pos)
  try {
    acorn.parse(source, { ecmaVersion: ECMA, sourceType: 'script', allowHashBang: true })
  } catch (error) {
    const { line, column } = (error as { loc?: acorn.Position }).loc ?? { line: 0, column: 0 }
    const near = source.slice(
      Math.max(0, (error as { pos?: number }).pos ?? 0) - 30,
      ((error as { pos?: number }).pos ?? 0) + 20,
    )
    return [
      {
        file,
        line,
        column,
        message: `not ES${ECMA}: ${(error as Error).message.replace(/ \(\d+:\d+\)$/, '')} near ${JSON.stringify(near)}`,
      },
    ]
  }
  const ast = acorn.parse(source, { ecmaVersion: ECMA, sourceType: 'script', allowHashBang: true })
  const findings: SyntaxFinding[] = []
  const add = (node: acorn.Node, message: string) => findings.push({ file, ...at(node.start), message })
  // `typeof x` is how code tests for a built-in before it uses it: not a use, and neither is a use
  // inside a branch whose condition tests it (webpack's runtime: "object"==typeof globalThis ? …).
  const guardOf = (node: acorn.Node) => {
    const test = (node as { test?: acorn.Node }).test
    return test ? source.slice(test.start, test.end) : ''
  }
  const underTypeof = (ancestors: acorn.Node[], name?: string) =>
    ancestors.some(
      (a) =>
        (a.type === 'UnaryExpression' && (a as acorn.UnaryExpression).operator === 'typeof') ||
        (name !== undefined && new RegExp(`typeof ${name}\\b`).test(guardOf(a))),
    )
  walk.ancestor(ast, {
    CallExpression(node) {
      const callee = node.callee
      if (callee.type !== 'MemberExpression') return
      const name = propertyName(callee)
      if (name && has(NEWER_METHODS, name) && !installed.methods.has(name))
        add(node, `calls .${name}() (${NEWER_METHODS[name]})`)
    },
    MemberExpression(node, _state, ancestors) {
      const name = dotted(node)
      if (name && has(NEWER_STATICS, name) && !installed.statics.has(name) && !underTypeof(ancestors))
        add(node, `uses ${name} (${NEWER_STATICS[name]})`)
    },
    Identifier(node, _state, ancestors) {
      const parent = ancestors[ancestors.length - 2] as acorn.Node | undefined
      const isProperty =
        (parent?.type === 'MemberExpression' && (parent as acorn.MemberExpression).property === node) ||
        (parent?.type === 'Property' && (parent as acorn.Property).key === node)
      if (!isProperty && has(NEWER_GLOBALS, node.name) && !underTypeof(ancestors, node.name))
        add(node, `uses ${node.name} (${NEWER_GLOBALS[node.name]})`)
    },
  })
  return findings
}

function jsFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return jsFiles(full, base)
    return name.endsWith('.js') ? [path.relative(base, full).split(path.sep).join('/')] : []
  })
}

/** Findings over every .js of a package folder. */
export function checkPackage(dir: string): { files: number; findings: SyntaxFinding[] } {
  const files = jsFiles(dir)
  return {
    files: files.length,
    findings: files.flatMap((f) => checkSource(readFileSync(path.join(dir, f), 'utf8'), f)),
  }
}

function main() {
  const distArg = process.argv.indexOf('--dist')
  const dir = distArg >= 0 && process.argv[distArg + 1] ? path.resolve(process.argv[distArg + 1]) : weappPackageDir()
  const { files, findings } = checkPackage(dir)
  for (const f of findings) console.error(`✗ ${f.file}:${f.line}:${f.column} ${f.message}`)
  console.log(`${files} .js files of ${path.relative(process.cwd(), dir) || dir} at ES${ECMA}`)
  console.log(findings.length ? `syntax check failed: ${findings.length} finding(s)` : 'syntax check passed')
  process.exit(findings.length ? 1 : 0)
}

if (require.main === module) main()
