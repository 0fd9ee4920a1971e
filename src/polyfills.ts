// H5: the browserslist of package.json has all of these built-ins (see polyfills.weapp.ts).
export {}
