// The README's first command: `npm run dev:h5` serves the working app (it once answered every script
// request with index.html, so the page stayed on its loading line). Starts the dev server as a newcomer
// would, opens home in Chromium and switches a tab.
import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
import { ROOT } from './harness.mjs'

const URL = 'http://127.0.0.1:10086/'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// A first dev compile took 45–90 s on this 2-core machine.
const COMPILE_MS = 300_000

let server
let browser
const output = []

/** Resolves once the dev server answers with the app's HTML, or rejects when it exits first. */
async function waitForServer() {
  const deadline = Date.now() + COMPILE_MS
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`dev server exited ${server.exitCode}:\n${output.join('')}`)
    try {
      const response = await fetch(URL)
      if (response.ok && (await response.text()).includes('id="app"')) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`dev server did not answer within ${COMPILE_MS / 1000} s:\n${output.slice(-20).join('')}`)
}

beforeAll(async () => {
  // Its own process group, so the watcher and its workers stop with it.
  server = spawn('npm', ['run', 'dev:h5'], { cwd: ROOT, detached: true, env: { ...process.env, BROWSER: 'none' } })
  server.stdout.on('data', (chunk) => output.push(String(chunk)))
  server.stderr.on('data', (chunk) => output.push(String(chunk)))
  await waitForServer()
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
  })
}, COMPILE_MS + 30_000)

afterAll(async () => {
  await browser?.close()
  if (server?.exitCode === null) process.kill(-server.pid, 'SIGTERM')
})

test('npm run dev:h5 serves the app: home shows its news and the 成绩单 tab opens', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  const errors = []
  page.on('pageerror', (error) => errors.push(error.message))
  const scripts = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response)
  })
  await page.goto(URL)
  await page.getByText('GDP预计331亿元').first().waitFor({ timeout: 60_000 })
  for (const response of scripts) {
    expect(`${response.url()} ${response.headers()['content-type']}`).toMatch(/javascript/)
  }
  await page.locator('.taro-tabbar__container').getByText('成绩单', { exact: true }).click()
  await page.getByText('产业发展质效齐升').first().waitFor({ timeout: 60_000 })
  expect(page.url()).toContain('pages/scorecards/index')
  expect(errors).toEqual([])
}, 150_000)
