/** The detail page of a project; the id is encoded so that a shared link survives any id. */
export const projectUrl = (id: string) => `/pages/project-detail/index?id=${encodeURIComponent(id)}`

/** The category chart (in the charts subpackage, so echarts stays out of the main package). */
export const PROJECT_STATS_URL = '/package-charts/pages/project-stats/index'
