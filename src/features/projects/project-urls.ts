/** The detail page of a project, in the `package-data` subpackage with the feed. */
export const PROJECT_DETAIL_PAGE = '/package-data/pages/project-detail/index'
/** The id is encoded so that a shared link survives any id. */
export const projectUrl = (id: string) => `${PROJECT_DETAIL_PAGE}?id=${encodeURIComponent(id)}`

/** The category chart (in the charts subpackage, so echarts stays out of the main package). */
export const PROJECT_STATS_URL = '/package-charts/pages/project-stats/index'
