/**
 * Runs `work` once the browser has painted the next frame: a task queued from an animation-frame callback runs
 * after that frame is on screen. For work a reader does not wait for (warming the cache, moving the focus), so
 * that it never delays what they do wait for. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
