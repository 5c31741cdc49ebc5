import { describe, expect, test } from 'vitest'
import { correctedKind } from './gold-kinds.ts'

describe("PolNeAR's kinds, put right by its own scheme", () => {
  test("''…'' is a quotation mark: a whole quotation is direct, a quoted part of a clause mixed", () => {
    expect(correctedKind('indirect', "''The tide is late,''")).toEqual({
      kind: 'direct',
      text: 'The tide is late,',
    })
    expect(correctedKind('indirect', "the ferry was ''a disgrace'' all winter")).toEqual({
      kind: 'mixed',
      text: 'a disgrace',
    })
  })

  test('an interrupted quotation is direct, even when the span stops before its last mark', () => {
    expect(correctedKind('mixed', '“The tide is late,” Ruiz said. “The boats wait.”')).toEqual({
      kind: 'direct',
      text: 'The tide is late, The boats wait.',
    })
    expect(correctedKind('mixed', '“The tide is late,” Ruiz said. “The boats wait')).toEqual({
      kind: 'direct',
      text: 'The tide is late, The boats wait',
    })
  })

  test('a reported clause between the parts keeps it mixed; plain annotations stand', () => {
    expect(correctedKind('mixed', '“The tide is late,” Ruiz said, adding that “the boats wait.”')).toBeNull()
    expect(correctedKind('mixed', 'the pier was “unsafe”')).toBeNull()
    expect(correctedKind('indirect', 'the pier was unsafe')).toBeNull()
  })
})
