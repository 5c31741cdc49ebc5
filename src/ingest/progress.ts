/** A one-line progress bar on a terminal; silent when the output is a file or a pipe, or the job is small. */
export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr, threshold = 100) {
  const enabled = Boolean(stream.isTTY) && total > threshold
  const width = 30
  return {
    tick(done: number) {
      if (!enabled) return
      const filled = Math.round((done / total) * width)
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`)
    },
    done() {
      if (enabled) stream.write('\r\x1b[K')
    },
  }
}
