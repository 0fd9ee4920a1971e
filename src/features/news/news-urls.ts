/**
 * The detail page of a news card. It lives in the `package-data` subpackage with the feed, so the
 * main package stays small; the id is encoded so that a shared link survives any id.
 */
export const NEWS_DETAIL_PAGE = '/package-data/pages/news-detail/index'
export const newsUrl = (id: string) => `${NEWS_DETAIL_PAGE}?id=${encodeURIComponent(id)}`
