import { useMemo, useState } from 'react'
import type { News } from '@/services/feed/schema'
import { TOPICS } from '@/services/feed/vocabulary'
import { ALL_TOPICS, newsTopics, sortNews } from './news-derive'
import { createNewsSearch, type NewsHit } from './news-search'

export type NewsList = {
  topic: string
  setTopic: (topic: string) => void
  query: string
  setQuery: (query: string) => void
  /** ALL_TOPICS, then the topics that have news, in the vocabulary's order. */
  topics: string[]
  /** The news of the chosen topic that hold every term of the query, newest first. */
  hits: NewsHit[]
}

/** The 资讯 tab's topic and search, and the cards they leave of `news`. */
export function useNewsList(news: readonly News[]): NewsList {
  const [topic, setTopic] = useState<string>(ALL_TOPICS)
  const [query, setQuery] = useState('')
  const search = useMemo(() => createNewsSearch(sortNews(news)), [news])
  const topics = useMemo(() => [ALL_TOPICS, ...newsTopics(news, TOPICS)], [news])
  const hits = useMemo(
    () => search.search(query).filter((h) => topic === ALL_TOPICS || h.news.topic === topic),
    [search, query, topic],
  )
  return { topic, setTopic, query, setQuery, topics, hits }
}
