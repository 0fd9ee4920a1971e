/**
 * Compiles the weapp build the way an upload does, with WeChat's own offline compiler
 * (miniprogram-ci `getCompiledResult`, the settings of project.config.json), and writes the files
 * WeChat would upload, uncompressed, into dist/weapp-upload/ (UPLOAD_DIR in package-dir.ts). Every
 * weapp check runs on that folder.
 *
 * Exits 1 when the upload would be broken or wasteful:
 * - a file of the build that the upload drops (with `ignoreUploadUnusedFiles` WeChat drops what its
 *   dependency analysis does not reach, e.g. a file loaded with a computed `require.async` path);
 * - a file that the uploaded code loads and the upload lacks: `require` / `require.async` with a
 *   literal path, app.json pages and subpackages, tab icons, theme.json, usingComponents;
 * - a `require` / `require.async` whose path is computed (WeChat cannot follow it);
 * - `checkCodeQuality` findings that matter (see QUALITY_RULES) and packages over WeChat's limits.
 *
 * Usage: npm run compile:weapp [-- --project <dir>] [--out <dir>]   (after npm run build:weapp)
 *   --project: the project root holding project.config.json (default: this repo)
 *   --out:     where to write the upload (default dist/weapp-upload)
 * https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as acorn from 'acorn'
import * as walk from 'acorn-walk'
import * as ci from 'miniprogram-ci'
import { UPLOAD_DIR } from './package-dir'

const ROOT = path.resolve(__dirname, '..', '..')
const KiB = 1024
/** WeChat's limit for the main package and for each subpackage. https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html */
const PACKAGE_LIMIT = 2048 * KiB

/** One thing that would break or bloat the uploaded package. */
export type Finding = { file: string; message: string }
/** The upload's files: path relative to the mini program root → content. */
export type PackageFiles = Map<string, string | Buffer>

type ProjectConfig = { appid?: string; miniprogramRoot?: string; setting?: Record<string, unknown> }
type AppJson = {
  pages?: string[]
  subPackages?: { root: string; pages?: string[] }[]
  subpackages?: { root: string; pages?: string[] }[]
  tabBar?: { list?: { iconPath?: string; selectedIconPath?: string }[] }
  themeLocation?: string
  sitemapLocation?: string
  usingComponents?: Record<string, string>
}

const posix = path.posix
const text = (content: string | Buffer | undefined) => (content === undefined ? undefined : content.toString())

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')]
  })
}

/**
 * Build files the upload leaves out. Source maps and terser's extracted `.LICENSE.txt` files are
 * never uploaded (not on WeChat's list of file types), and the build's project.config.json is
 * replaced by the compiler's own; every other file Taro writes is there because code or config uses it.
 */
export function droppedFiles(buildFiles: string[], upload: PackageFiles): Finding[] {
  return buildFiles
    .filter((f) => !/\.map$|\.LICENSE\.txt$|^project(\.private)?\.config\.json$/.test(f) && !upload.has(f))
    .map((file) => ({
      file,
      message: 'in the build but not in the upload: WeChat found nothing that uses it (a computed require path?)',
    }))
}

/** A request of `from` as WeChat resolves it: relative to that file, or to the root with a leading `/`. */
function resolveRequest(from: string, request: string, ext: string): string {
  const joined = request.startsWith('/') ? request.slice(1) : posix.join(posix.dirname(from), request)
  const file = posix.normalize(joined)
  return posix.extname(file) ? file : `${file}${ext}`
}

type Load = { request: string | undefined; kind: 'require' | 'require.async'; at: number }

/** `require(…)` and `require.async(…)` calls of one JS file; `request` is undefined when the path is computed. */
export function requireCalls(source: string): Load[] {
  const loads: Load[] = []
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true })
  const literal = (node: acorn.Node | undefined): string | undefined => {
    if (!node) return undefined
    if (node.type === 'Literal' && typeof (node as acorn.Literal).value === 'string')
      return (node as acorn.Literal).value as string
    const tpl = node as acorn.TemplateLiteral
    if (node.type === 'TemplateLiteral' && tpl.expressions.length === 0) return tpl.quasis[0].value.cooked ?? undefined
    return undefined
  }
  walk.simple(ast, {
    CallExpression(node) {
      const callee = node.callee
      const arg = node.arguments[0] as acorn.Node | undefined
      // In minified output every local binding is renamed, so a bare `require` is the platform's.
      if (callee.type === 'Identifier' && callee.name === 'require')
        loads.push({ request: literal(arg), kind: 'require', at: node.start })
      else if (
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        callee.object.name === 'require' &&
        callee.property.type === 'Identifier' &&
        callee.property.name === 'async'
      )
        loads.push({ request: literal(arg), kind: 'require.async', at: node.start })
    },
  })
  return loads
}

function readJsonFile<T>(files: PackageFiles, file: string, findings: Finding[]): T | undefined {
  const content = text(files.get(file))
  if (content === undefined) return undefined
  try {
    return JSON.parse(content) as T
  } catch (error) {
    findings.push({ file, message: `not JSON: ${(error as Error).message}` })
    return undefined
  }
}

/** Files the upload's code and config load that the upload does not contain, and loads it cannot check. */
export function missingLoads(files: PackageFiles): Finding[] {
  const findings: Finding[] = []
  const need = (from: string, file: string, why: string) => {
    if (!files.has(file)) findings.push({ file: from, message: `${why} ${file}, which is not in the upload` })
  }
  const app = readJsonFile<AppJson>(files, 'app.json', findings)
  if (!app) return [{ file: 'app.json', message: 'missing' }, ...findings]

  const pages = [
    ...(app.pages ?? []),
    ...(app.subPackages ?? app.subpackages ?? []).flatMap((s) => (s.pages ?? []).map((p) => posix.join(s.root, p))),
  ]
  for (const page of pages) for (const ext of ['.js', '.wxml']) need('app.json', `${page}${ext}`, 'lists the page')
  for (const item of app.tabBar?.list ?? [])
    for (const icon of [item.iconPath, item.selectedIconPath])
      if (icon) need('app.json', resolveRequest('app.json', `/${icon.replace(/^\//, '')}`, ''), 'names the tab icon')
  for (const [key, what] of [
    ['themeLocation', 'names the theme file'],
    ['sitemapLocation', 'names the sitemap'],
  ] as const) {
    const location = app[key]
    if (location) need('app.json', posix.normalize(location.replace(/^\//, '')), what)
  }

  // usingComponents of app.json and of every page and component, followed to each component's own json.
  const seen = new Set<string>()
  const visitJson = (jsonFile: string) => {
    if (seen.has(jsonFile)) return
    seen.add(jsonFile)
    const json = readJsonFile<{ usingComponents?: Record<string, string> }>(files, jsonFile, findings)
    for (const [name, request] of Object.entries(json?.usingComponents ?? {})) {
      if (request.startsWith('plugin://')) continue
      const base = resolveRequest(jsonFile, request, '').replace(/\.js$/, '')
      for (const ext of ['.js', '.json', '.wxml']) need(jsonFile, `${base}${ext}`, `uses the component <${name}> as`)
      visitJson(`${base}.json`)
    }
  }
  visitJson('app.json')
  for (const page of pages) if (files.has(`${page}.json`)) visitJson(`${page}.json`)

  for (const [file, content] of files) {
    if (!file.endsWith('.js')) continue
    let loads: Load[]
    try {
      loads = requireCalls(content.toString())
    } catch (error) {
      findings.push({ file, message: `cannot be parsed: ${(error as Error).message}` })
      continue
    }
    for (const load of loads) {
      if (load.request === undefined)
        findings.push({
          file,
          message: `${load.kind}(…) with a computed path at offset ${load.at}: WeChat's dependency analysis cannot follow it, so the upload drops what it loads; use a literal path`,
        })
      else need(file, resolveRequest(file, load.request, '.js'), `${load.kind}s`)
    }
  }
  return findings
}

/** Package roots (subpackage root, or '' for the main package) with the bytes of their files. */
export function packageSizes(files: PackageFiles): Map<string, number> {
  const app = JSON.parse(text(files.get('app.json')) ?? '{}') as AppJson
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => `${s.root.replace(/\/$/, '')}/`)
  const sizes = new Map<string, number>([['', 0], ...roots.map((r) => [r, 0] as [string, number])])
  for (const [file, content] of files) {
    const root = roots.find((r) => file.startsWith(r)) ?? ''
    sizes.set(root, (sizes.get(root) ?? 0) + Buffer.byteLength(content))
  }
  return sizes
}

type QualityItem = { name?: string; success?: boolean; text?: string; detail?: unknown }

/**
 * How each checkCodeQuality item is judged. Its `success` flag is not used: it says true for
 * CONTAINS_UNUSED_CODES even when files are listed. Items that only advise are ignored, with why:
 * - JS_COMPRESS_OPEN: Taro's terser already minifies the JS (config/index.ts); WeChat's upload
 *   minifier would only run a second pass over it.
 * - WXML_COMPRESS_OPEN / WXSS_COMPRESS_OPEN: upload-time compression of templates and styles is a
 *   size choice, and sizes are held by `npm run size` on this same upload.
 * - LAZYCODE_LOADING_OPEN: "用时注入" applies to custom components; Taro pages render through
 *   its base templates, and the item is advice, not a fault.
 */
const QUALITY_RULES: Record<string, ((item: QualityItem) => string | undefined) | 'ignore'> = {
  PACKAGE_SIZE_LIMIT: (item) => (item.success === false ? item.text : undefined),
  IMAGE_AND_AUDIO_LIMIT: (item) => (item.success === false ? item.text : undefined),
  CONTAINS_OTHER_PKG_JS: (item) => listed((item.detail as { files?: unknown[] } | undefined)?.files, item),
  CONTAINS_OTHER_PKG_COMPONENTS: (item) => listed((item.detail as { files?: unknown[] } | undefined)?.files, item),
  CONTAINS_UNUSED_PLUGINS: (item) => listed(item.detail, item),
  CONTAINS_UNUSED_COMPONENTS: (item) => listed(item.detail, item),
  CONTAINS_UNUSED_CODES: (item) => listed(item.detail, item),
  JS_COMPRESS_OPEN: 'ignore',
  WXML_COMPRESS_OPEN: 'ignore',
  WXSS_COMPRESS_OPEN: 'ignore',
  LAZYCODE_LOADING_OPEN: 'ignore',
}

function listed(detail: unknown, item: QualityItem): string | undefined {
  if (!Array.isArray(detail) || detail.length === 0) return undefined
  return `${item.text ?? item.name}: ${detail.map((d) => (typeof d === 'string' ? d : JSON.stringify(d))).join(', ')}`
}

/** The checkCodeQuality findings that matter; an item this script does not know fails too, to be judged. */
export function qualityFindings(items: QualityItem[]): Finding[] {
  return items.flatMap((item) => {
    const rule = QUALITY_RULES[item.name ?? '']
    if (rule === 'ignore') return []
    const message = rule ? rule(item) : item.success === false ? `unknown check ${item.name}: ${item.text}` : undefined
    return message ? [{ file: `checkCodeQuality ${item.name}`, message }] : []
  })
}

/** Paths under the project root that are not on the way to the mini program root: kept out of the compiler's file scan. */
function ignoresOutside(projectPath: string, miniprogramRoot: string): string[] {
  const ignores: string[] = []
  let dir = ''
  for (const part of miniprogramRoot.split('/').filter(Boolean)) {
    for (const name of readdirSync(path.join(projectPath, dir))) {
      if (name === part || (dir === '' && /^project(\.private)?\.config\.json$/.test(name))) continue
      const rel = dir ? `${dir}/${name}` : name
      ignores.push(rel, `${rel}/**`)
    }
    dir = dir ? `${dir}/${part}` : part
  }
  return ignores
}

export type CompileResult = { files: PackageFiles; findings: Finding[]; sizes: Map<string, number> }

/** Compiles the project as an upload would and checks what comes out; writes the upload to `outDir`. */
export async function compileWeapp(projectPath: string, outDir: string): Promise<CompileResult> {
  const config = JSON.parse(readFileSync(path.join(projectPath, 'project.config.json'), 'utf8')) as ProjectConfig
  const miniprogramRoot = (config.miniprogramRoot ?? '').replace(/^\.?\//, '')
  const buildDir = path.join(projectPath, miniprogramRoot)
  if (!existsSync(path.join(buildDir, 'app.json'))) throw new Error(`${buildDir}/app.json missing: build first`)
  // `attr` stands in for the project attributes miniprogram-ci would otherwise fetch from WeChat with
  // the upload key (it fails offline); DefaultProjectAttr holds WeChat's package limits. The key is
  // never used: nothing is uploaded. `attr` is part of the project object in miniprogram-ci's README
  // (https://www.npmjs.com/package/miniprogram-ci, 项目对象).
  const options: ConstructorParameters<typeof ci.Project>[0] & { attr: () => Promise<unknown> } = {
    appid: config.appid ?? 'touristappid',
    type: 'miniProgram',
    projectPath,
    privateKey: 'offline compile, never uploaded',
    ignores: ignoresOutside(projectPath, miniprogramRoot),
    attr: async () => ci.DefaultProjectAttr,
  }
  // Its one request (WeChat's list of uploadable file types) fails offline; it then uses its
  // built-in list, and says so with two "[error] get white ext list fail" lines.
  const project = new ci.Project(options)
  // useProjectConfig: the settings of project.config.json (es6, enhance, minified,
  // ignoreUploadUnusedFiles …), as DevTools' upload uses them.
  const compiled = await ci.getCompiledResult({ project, version: '0.0.0', setting: { useProjectConfig: true } })
  const files: PackageFiles = new Map(Object.entries(compiled).sort(([a], [b]) => a.localeCompare(b)))

  // Written next to the target and moved in, so a reader never sees half an upload.
  const temp = `${outDir}.tmp-${process.pid}`
  rmSync(temp, { recursive: true, force: true })
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(temp, file)), { recursive: true })
    writeFileSync(path.join(temp, file), content)
  }
  rmSync(outDir, { recursive: true, force: true })
  renameSync(temp, outDir)

  const findings = [...droppedFiles(filesUnder(buildDir), files), ...missingLoads(files)]
  findings.push(...qualityFindings(await ci.checkCodeQuality(project)))
  // The analyser sees the build as WeChat's dependency graph does: a computed require becomes a
  // "ContextModule" whose targets it cannot know.
  const analysis = await ci.analyseCode(project, { silent: true })
  for (const module of analysis?.modules ?? [])
    if (module.type === 'ContextModule')
      findings.push({
        file: module.parentDeps.map((d) => d.originModuleId.replace(/^\w+:/, '')).join(', '),
        message: `analyseCode: a computed require path (${module.path}) that WeChat cannot follow`,
      })
  const sizes = packageSizes(files)
  for (const [root, size] of sizes)
    if (size > PACKAGE_LIMIT)
      findings.push({
        file: root || '(main package)',
        message: `${(size / KiB).toFixed(1)} KiB, over WeChat's 2048 KiB`,
      })
  return { files, findings, sizes }
}

function parseArgs(argv: string[]) {
  const args = { project: ROOT, out: UPLOAD_DIR }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--project' && argv[i + 1]) args.project = path.resolve(argv[++i])
    else if (argv[i] === '--out' && argv[i + 1]) args.out = path.resolve(argv[++i])
    else throw new Error(`unknown argument ${argv[i]}; usage: compile.ts [--project <dir>] [--out <dir>]`)
  }
  return args
}

async function main() {
  const args = parseArgs(process.argv.slice(2))
  // miniprogram-ci leaves an empty cache folder in the working directory; keep it out of the repo.
  process.chdir(os.tmpdir())
  const { files, findings, sizes } = await compileWeapp(args.project, args.out)
  console.log(`${files.size} files → ${path.relative(ROOT, args.out) || args.out}`)
  for (const [root, size] of sizes)
    console.log(`  ${(root || 'main package').padEnd(20)} ${(size / KiB).toFixed(1)} KiB`)
  for (const f of findings) console.error(`✗ ${f.file}: ${f.message}`)
  console.log(findings.length ? `\nupload check failed: ${findings.length} finding(s)` : '\nupload check passed')
  return findings.length ? 1 : 0
}

if (require.main === module) {
  // process.exit: checkCodeQuality and analyseCode leave a file watcher running.
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`✗ ${error.stack ?? error.message}`)
      process.exit(1)
    },
  )
}
