import { expect, test } from 'vitest'
import { progressBar } from './progress.ts'

function fakeStream(isTTY: boolean) {
  const writes: string[] = []
  return {
    stream: { isTTY, write: (chunk: string) => writes.push(chunk) } as unknown as NodeJS.WriteStream,
    writes,
  }
}

test('a bar is drawn on a terminal when there are more than 100 inputs, with the rate and the time left', () => {
  const { stream, writes } = fakeStream(true)
  let clock = 1_000
  const bar = progressBar(200, stream, 100, () => clock)
  clock += 4_000
  bar.tick(100)
  bar.done()
  expect(writes[0]).toBe(`\r[${'#'.repeat(15)}${' '.repeat(15)}] 100/200 · 25/s · 4 s left\x1b[K`)
  expect(writes[1]).toBe('\r\x1b[K')
})

test('nothing is drawn into a pipe or a file, or for a small job', () => {
  for (const [isTTY, total] of [
    [false, 500],
    [true, 100],
  ] as const) {
    const { stream, writes } = fakeStream(isTTY)
    const bar = progressBar(total, stream)
    bar.tick(1)
    bar.done()
    expect(writes).toEqual([])
  }
})
