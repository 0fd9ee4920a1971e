import { h5ItemUrl, posterLink, posterOpenHint } from '@/features/share/poster-link'
import { newsUrl, posterUrl, topicUrl } from '@/domain/routes'

const BASE = 'https://weishizhong.example.cn/h5/'

test('the code’s address is the H5 base, a hash and the item’s page path', () => {
  expect(h5ItemUrl(newsUrl('news-1'), BASE)).toBe(`${BASE}#/package-data/pages/news-detail/index?id=news-1`)
  // A base written with a hash (copied from the address bar) keeps only what comes before it.
  expect(h5ItemUrl('/pages/scorecards/index?year=2023', `${BASE}#/pages/index/index`)).toBe(
    `${BASE}#/pages/scorecards/index?year=2023`,
  )
  expect(h5ItemUrl('pages/mine/index', BASE)).toBe(`${BASE}#/pages/mine/index`)
})

test('a topic’s Chinese name travels encoded, so the code holds ASCII only', () => {
  const url = h5ItemUrl(topicUrl('民生'), BASE)
  expect(url).toMatch(/^[\x20-\x7e]+$/)
  expect(decodeURIComponent(url)).toContain('topic=民生')
})

test('the build’s base address wins; without it H5 uses its own address and weapp draws no code', () => {
  const here = { origin: 'https://h5.example.org', pathname: '/app/' }
  const path = posterUrl({ kind: 'indicator', id: 'gdp' })
  expect(posterLink(path, here, BASE)).toBe(`${BASE}#${path}`)
  expect(posterLink(path, here, '')).toBe(`https://h5.example.org/app/#${path}`)
  expect(posterLink(path, undefined, '')).toBeUndefined()
})

test('the poster page promises a code only when the poster draws one', () => {
  expect(posterOpenHint(true)).toContain('二维码')
  expect(posterOpenHint(false)).not.toContain('二维码')
  expect(posterOpenHint(false)).toContain('微信')
})
