import type { Quote } from '../quotes/types.ts'
import { nameInSentence } from './display-name.ts'

/**
 * The confidence at and above which an attribution is shown as fact. The engine's confidence is calibrated
 * (src/quotes/confidence.ts): on PolNeAR dev, attributions at 0.8 or more are right about 96% of the time
 * (`npm run eval` prints the table). Below it the reader says "probably".
 */
export const SURE_AT = 0.8

/** A quotation whose speaker is a guess: named, but below SURE_AT. */
export function isUncertain(quote: Pick<Quote, 'speakerId' | 'confidence'>): boolean {
  return quote.speakerId !== null && quote.confidence < SURE_AT
}

/**
 * How the reader names the speaker: "John Kirby", "probably John Kirby", "probably the harbour office", or
 * "Unattributed"; the name as displayName gives it.
 */
export function attributionLabel(speakerName: string | null, uncertain: boolean): string {
  if (speakerName === null) return 'Unattributed'
  return uncertain ? `probably ${nameInSentence(speakerName)}` : speakerName
}
