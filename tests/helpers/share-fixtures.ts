/**
 * The setup the share tests have in common (share-item, share-payload, poster, tests/weapp/share):
 * the bundled feed with all its share items, one item looked up by kind and id (a test that names
 * an item the feed lacks fails on that line, not later on `undefined`), and the Chinese font for
 * @napi-rs/canvas so text is measured with real glyphs.
 *
 *   const { feed, items, item } = shareFixtures()
 *   const gdp = item('indicator', 'gdp')
 *   registerCjkFont(GlobalFonts)
 */
import { existsSync } from 'node:fs'
import type { Feed } from '@/services/feed/schema'
import { shareItemsOf, type ShareItem, type ShareKind } from '@/features/share/share-item'
import { shareItemFor } from '@/features/share/share-links'
import { getBundledFeed } from '../fixtures/bundled-feed'

/** A font with Chinese glyphs where the machine has one (Debian: fonts-wqy-microhei). */
export const CJK_FONT_PATH = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

/**
 * Registers CJK_FONT_PATH with a canvas font registry (@napi-rs/canvas's GlobalFonts) when the
 * machine has it; returns whether it did (else the canvas measures with its default font).
 */
export function registerCjkFont(fonts: { registerFromPath(path: string): unknown }): boolean {
  if (!existsSync(CJK_FONT_PATH)) return false
  fonts.registerFromPath(CJK_FONT_PATH)
  return true
}

export type ShareFixtures = {
  feed: Feed
  /** shareItemsOf(feed): every item the app can share. */
  items: ShareItem[]
  /** The item of that kind and id (as a poster link names it); throws when the feed has none. */
  item: (kind: ShareKind, id: string | number) => ShareItem
}

/** The share fixtures of `feed`, by default the bundled feed as the app's loader reads it. */
export function shareFixtures(feed: Feed = getBundledFeed().feed): ShareFixtures {
  return {
    feed,
    items: shareItemsOf(feed),
    item: (kind, id) => {
      const found = shareItemFor(feed, kind, String(id))
      if (!found) throw new Error(`the feed has no ${kind} share item ${id}`)
      return found
    },
  }
}
