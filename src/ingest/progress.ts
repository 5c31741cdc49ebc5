/**
 * A one-line progress bar on a terminal, with the rate and the time left; silent when the output is a file or a
 * pipe, or the job is small. `now` is the clock in milliseconds, a parameter so that tests can set it.
 */
export function progressBar(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
  threshold = 100,
  now: () => number = () => performance.now(),
) {
  const enabled = Boolean(stream.isTTY) && total > threshold
  const width = 30
  const started = now()
  return {
    tick(done: number) {
      if (!enabled) return
      const filled = Math.round((done / total) * width)
      const seconds = (now() - started) / 1000
      const rate = seconds > 0 ? done / seconds : 0
      const pace = rate > 0 ? ` · ${Math.round(rate)}/s · ${Math.ceil((total - done) / rate)} s left` : ''
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${pace}\x1b[K`)
    },
    done() {
      if (enabled) stream.write('\r\x1b[K')
    },
  }
}
