/** The app's name as residents see it (app.config.ts's navigationBarTitleText). */
export const APP_NAME = '幸福微市中'
