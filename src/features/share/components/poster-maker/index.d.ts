// Taro builds index.h5.tsx or index.weapp.tsx by target; both export the same component.
export { PosterMaker } from './index.h5'
