import { describe, expect, test } from 'vitest'
import { attributionLabel, isUncertain, SURE_AT } from './confidence.ts'

describe('how sure the reader says an attribution is', () => {
  test('a named speaker below the calibrated threshold is a guess; at it, a fact', () => {
    expect(isUncertain({ speakerId: 'ana-ruiz', confidence: SURE_AT - 0.01 })).toBe(true)
    expect(isUncertain({ speakerId: 'ana-ruiz', confidence: SURE_AT })).toBe(false)
    // No speaker is not a guess about a speaker: it is unattributed.
    expect(isUncertain({ speakerId: null, confidence: 0.1 })).toBe(false)
  })

  test('a guess is never stated as fact', () => {
    expect(attributionLabel('Ana Ruiz', true)).toBe('probably Ana Ruiz')
    expect(attributionLabel('Ana Ruiz', false)).toBe('Ana Ruiz')
    expect(attributionLabel('The harbour office', true)).toBe('probably the harbour office')
    expect(attributionLabel(null, false)).toBe('Unattributed')
  })
})
