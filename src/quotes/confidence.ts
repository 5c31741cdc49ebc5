/**
 * Confidence that means something: the share of attributions found the same way that were right, measured on
 * PolNeAR's train split (calibration.ts, written by `npm run calibrate`). "The way" is the evidence the engine
 * recorded: the pattern that tied content to a phrase ("quote-before-cue") and how the phrase reached its
 * speaker ("surname"). Rare ways fall back to their pattern alone, then to how the phrase was resolved, then
 * to the overall share.
 */
import { CALIBRATION } from './calibration.ts'

/** The measured table: shares right by evidence, by pattern, by resolution, overall, and for no speaker. */
export interface Calibration {
  byEvidence: Record<string, number>
  byPattern: Record<string, number>
  byVia: Record<string, number>
  overall: number
  unattributed: number
}

/** Below this share right the engine names no one: an unattributed quotation is honest, a wrong name is not. */
export const ABSTAIN_BELOW = 0.4

/** "neighbour/neighbour/quote-before-cue/surname" → "neighbour/quote-before-cue/surname". */
export function evidenceKey(evidence: string): string {
  return evidence.replace(/^((?:fragment-)?neighbour\/)(?:neighbour\/)+/, '$1')
}

const viaOf = (key: string) => key.slice(key.lastIndexOf('/') + 1)
/** "fragment/subject/surname" → "fragment": how the content was found, before how the speaker was. */
export const patternOf = (key: string) => key.slice(0, key.indexOf('/') < 0 ? undefined : key.indexOf('/'))

/** How often an attribution made this way names the right speaker. */
export function shareRight(evidence: string): number {
  const key = evidenceKey(evidence)
  return (
    CALIBRATION.byEvidence[key] ??
    CALIBRATION.byPattern[patternOf(key)] ??
    CALIBRATION.byVia[viaOf(key)] ??
    CALIBRATION.overall
  )
}

/** The quotation's confidence: its attribution's share right, or for an unattributed one how often such is a quotation. */
export function confidenceOf(evidence: string, attributed: boolean): number {
  return attributed ? shareRight(evidence) : CALIBRATION.unattributed
}
