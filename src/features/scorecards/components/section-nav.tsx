import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { activatable } from '@/utils/a11y'
import './scorecards.scss'

/** A part of the 成绩单 tab that the section links lead to. */
export type PageSection = { key: string; label: string }

/** The element id a section's link scrolls to. */
export const sectionAnchorId = (key: string) => `scorecards-${key}`

// WeChat's templates render no role or aria attribute, so on weapp they would only add to setData.
const WEB = process.env.TARO_ENV !== 'weapp'

/**
 * Where a section's link lands: an empty mark just above its heading, raised by the height of the
 * sticky bar (scorecards.scss) so the heading comes to rest below the bar, not under it.
 */
export function SectionAnchor({ section }: { section: string }) {
  return <View id={sectionAnchorId(section)} className='section-anchor' />
}

export type SectionNavProps = { sections: readonly PageSection[] }

/** A row of links to the parts of the page, one tap each; the row scrolls sideways when it is wider than the screen. */
export function SectionNav({ sections }: SectionNavProps) {
  if (sections.length === 0) return null
  return (
    <View className='section-nav' {...(WEB ? { role: 'navigation', 'aria-label': '本页内容' } : {})}>
      {sections.map((s) => {
        const go = () => void Taro.pageScrollTo({ selector: `#${sectionAnchorId(s.key)}`, duration: 300 })
        return (
          <View
            key={s.key}
            className='section-nav__link'
            onClick={go}
            {...(WEB ? { role: 'link', 'data-section': s.key, ...activatable(go) } : {})}
          >
            {s.label}
          </View>
        )
      })}
    </View>
  )
}
