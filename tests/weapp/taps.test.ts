/**
 * @jest-environment jsdom
 */
// Taps on the weapp package in WeChat's own component framework (miniprogram-simulate: j-component
// and exparser): each tap is a touch on the element showing the words, through the template's
// bindtap, Taro's event handler, React and setData. A relaunch shares only the storage Map.
// Run: npm run test:weapp (after npm run build:weapp && npm run compile:weapp, or WEAPP_PACKAGE=dist/weapp)
import { weappPackageDir } from '../../scripts/weapp/package-dir'
import { newsUrl, projectUrl } from '@/domain/routes'
import {
  launchMiniProgram,
  packageFeed,
  tabRoute,
  type SimulatedMiniProgram,
  type SimulatedPage,
} from './simulate-mini-program'

const dir = weappPackageDir()
const MINE = tabRoute(dir, '我的')
const feed = packageFeed(dir)
const project = feed.projects[0]
const story = feed.news[0]
// The words on the controls, as src/components/care-mode-choice.tsx and the detail pages write them.
const CARE = '关怀模式（大字）'
const FOLLOW = '＋ 关注'
const FOLLOWED = '✓ 已关注'
const FAVOURITE = '☆ 收藏'
const FAVOURITED = '★ 已收藏'

let launched: SimulatedMiniProgram[] = []
let consoleErrors: string[] = []

/** Launches the app on 我的, as WeChat does when the user opens it from the chat list (scene 1001). */
function launch(storage: Map<string, unknown>) {
  const mp = launchMiniProgram(dir, storage, { path: MINE, scene: 1001 })
  launched.push(mp)
  return mp
}

beforeEach(() => {
  consoleErrors = []
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void consoleErrors.push(args.join(' ')))
})

afterEach(() => {
  launched.forEach((mp) => mp.close())
  const errors = [...launched.flatMap((mp) => mp.errors), ...consoleErrors]
  launched = []
  jest.restoreAllMocks()
  expect(errors).toEqual([])
})

/** Waits for `ready` on `page`, taps `button`, waits for `after`; returns the page. */
async function tapWhenReady(page: SimulatedPage, ready: string, button: string, after: string) {
  await page.waitForText(ready)
  await page.tap(button)
  await page.waitForText(after)
  return page
}

const turnOnCareMode = async (mp: SimulatedMiniProgram) =>
  tapWhenReady(await mp.openPage(MINE), '✓ 标准', CARE, `✓ ${CARE}`)
const followProject = async (mp: SimulatedMiniProgram) =>
  tapWhenReady(await mp.openUrl(projectUrl(project.id)), project.title, FOLLOW, FOLLOWED)
const favouriteStory = async (mp: SimulatedMiniProgram) =>
  tapWhenReady(await mp.openUrl(newsUrl(story.id)), story.title, FAVOURITE, FAVOURITED)

/** 我的 shows `heading` (a list with its count) and `title` in it. */
async function expectListedInMine(mp: SimulatedMiniProgram, heading: string, title: string) {
  const mine = await mp.openPage(MINE)
  await mine.waitForText(heading)
  expect(mine.text()).toContain(title)
}

test('on 我的, tapping 关怀模式 marks it chosen and switches the page to large type', async () => {
  const mp = launch(new Map())
  const mine = await mp.openPage(MINE)
  await mine.waitForText('✓ 标准')
  expect(mine.text()).not.toContain(`✓ ${CARE}`)
  expect(mine.hasClassAround('字号', 'care')).toBe(false)

  await mine.tap(CARE)

  await mine.waitForText(`✓ ${CARE}`)
  expect(mine.text()).not.toContain('✓ 标准')
  // PageShell's root takes the `care` class, which the WXSS turns into larger type.
  expect(mine.hasClassAround('字号', 'care')).toBe(true)
})

test('following a project on its detail page lists it under 我关注的民生实事 in 我的', async () => {
  const mp = launch(new Map())
  const before = await mp.openPage(MINE)
  await before.waitForText('我关注的民生实事（0）')

  const detail = await followProject(mp)
  expect(detail.text()).not.toContain(FOLLOW)

  await expectListedInMine(mp, '我关注的民生实事（1）', project.title)
})

test('favouriting a story on its detail page lists it under 我的收藏 in 我的', async () => {
  const mp = launch(new Map())
  const detail = await favouriteStory(mp)
  expect(detail.text()).not.toContain(FAVOURITE)

  await expectListedInMine(mp, '我的收藏（1）', story.title)
})

test('after a relaunch, 关怀模式, the followed project and the favourite story are all still there', async () => {
  const storage = new Map<string, unknown>()
  const first = launch(storage)
  await turnOnCareMode(first)
  await followProject(first)
  await favouriteStory(first)
  first.close()

  const again = launch(storage)
  expect(again.wx).not.toBe(first.wx)
  const mine = await again.openPage(MINE)
  await mine.waitForText(`✓ ${CARE}`)
  expect(mine.hasClassAround('字号', 'care')).toBe(true)
  await mine.waitForText('我关注的民生实事（1）')
  expect(mine.text()).toContain('我的收藏（1）')
  expect(mine.text()).toContain(project.title)
  expect(mine.text()).toContain(story.title)

  // The kept entries still open their pages, which show them as followed and favourited.
  await mine.tap(project.title)
  expect(again.navigations()).toContain(projectUrl(project.id))
  const projectPage = await again.openUrl(projectUrl(project.id))
  await projectPage.waitForText(FOLLOWED)
  const storyPage = await again.openUrl(newsUrl(story.id))
  await storyPage.waitForText(FAVOURITED)
})
