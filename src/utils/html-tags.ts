/** H5: a browser renders HTML elements itself; nothing to map. See html-tags.weapp.ts. */
export function renderHtmlTagsAsViews(): void {}
