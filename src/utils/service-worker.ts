// weapp (and the tests): no service worker. H5: service-worker.h5.ts.
export {}
