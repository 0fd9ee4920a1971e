/**
 * A jest environment (node) that passes the real process's unhandled promise rejections on to the
 * test's `process`, where a test can listen for them: jest gives each test file a copy of
 * `process`, whose listeners the real one never calls. The listener is added when each test
 * starts, after jest-circus has installed its own handlers (it removes earlier ones).
 */
const { TestEnvironment } = require('jest-environment-node')

class UnhandledRejectionsEnvironment extends TestEnvironment {
  forward = (reason, promise) => this.global.process.emit('unhandledRejection', reason, promise)

  handleTestEvent(event) {
    if (event.name === 'test_start') process.on('unhandledRejection', this.forward)
    if (event.name === 'test_done') process.off('unhandledRejection', this.forward)
  }
}

module.exports = UnhandledRejectionsEnvironment
