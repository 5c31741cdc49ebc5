// Written by `npm run calibrate` (bench/calibrate.ts) from 847 annotated articles (PolNeAR train;
// pronouns judged on shared/gold, whose speakers are resolved), 5710 attributions: the share
// made each way that named the right speaker. Regenerate after changing how the engine finds speakers.
export const CALIBRATION: {
  byEvidence: Record<string, number>
  byPattern: Record<string, number>
  byVia: Record<string, number>
  overall: number
  unattributed: number
} = {
  byEvidence: {
    'clause-after-cue/description': 0.92,
    'clause-after-cue/full-name': 0.96,
    'clause-after-cue/organization': 0.89,
    'clause-after-cue/single-word': 0.89,
    'clause-after-cue/surname': 0.99,
    'clause-after-cue/surname-unquoted': 0.97,
    'clause-after-cue/unnamed': 0.94,
    'clause-before-cue/full-name': 0.97,
    'clause-before-cue/organization': 0.9,
    'clause-before-cue/surname': 1,
    'clause-before-cue/unnamed': 0.94,
    'fragment-last-speaker': 0.14,
    'fragment/subject/full-name': 0.97,
    'neighbour/quote-before-cue/full-name': 1,
    'neighbour/quote-before-cue/surname': 0.99,
    'neighbour/quote-before-cue/surname-unquoted': 1,
    'quote-after-cue/description': 0.78,
    'quote-after-cue/full-name': 0.97,
    'quote-after-cue/organization': 0.81,
    'quote-after-cue/single-word': 0.95,
    'quote-after-cue/surname': 0.98,
    'quote-after-cue/surname-unquoted': 0.96,
    'quote-after-cue/unnamed': 0.84,
    'quote-before-cue/full-name': 0.98,
    'quote-before-cue/surname': 0.99,
    'quote-before-cue/surname-unquoted': 0.98,
    'quote-before-cue/unnamed': 0.94,
  },
  byPattern: {
    'according-to': 1,
    'clause-after-cue': 0.96,
    'clause-before-cue': 0.93,
    fragment: 0.83,
    'fragment-last-speaker': 0.14,
    neighbour: 0.97,
    parenthetical: 0.91,
    'quote-after-cue': 0.95,
    'quote-before-cue': 0.98,
    'quote-before-cue-in-clause': 0.93,
  },
  byVia: {
    description: 0.85,
    'fragment-last-speaker': 0.17,
    'full-name': 0.97,
    organization: 0.87,
    'single-word': 0.86,
    surname: 0.98,
    'surname-unquoted': 0.98,
    unnamed: 0.92,
  },
  overall: 0.95,
  unattributed: 0.65,
}
