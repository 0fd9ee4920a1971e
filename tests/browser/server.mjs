// Serves the H5 build on 127.0.0.1 for the browser tests (sirv: a small, well-kept static server).
import http from 'node:http'
import sirv from 'sirv'

/** Starts a server for `dir` on a free loopback port; resolves to { url, close }. */
export function serve(dir) {
  const handler = sirv(dir, { single: true, dev: false, gzip: false, etag: true })
  const server = http.createServer(handler)
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) })
    })
  })
}
