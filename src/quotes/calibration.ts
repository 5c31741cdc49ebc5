// Written by `npm run calibrate` (bench/calibrate.ts) from 847 annotated articles (PolNeAR train;
// pronouns judged on shared/gold, whose speakers are resolved), 5352 attributions: the share
// made each way that named the right speaker. Regenerate after changing how the engine finds speakers.
export const CALIBRATION: {
  byEvidence: Record<string, number>
  byVia: Record<string, number>
  overall: number
  unattributed: number
} = {
  byEvidence: {
    'clause-after-cue/description': 0.86,
    'clause-after-cue/full-name': 0.96,
    'clause-after-cue/organization': 0.79,
    'clause-after-cue/single-word': 0.86,
    'clause-after-cue/surname': 0.99,
    'clause-after-cue/surname-unquoted': 0.98,
    'clause-after-cue/unnamed': 0.88,
    'clause-before-cue/full-name': 0.98,
    'clause-before-cue/organization': 0.92,
    'clause-before-cue/surname': 1,
    'clause-before-cue/unnamed': 0.91,
    'last-speaker': 0.51,
    'neighbour/quote-before-cue/full-name': 0.99,
    'neighbour/quote-before-cue/surname': 0.99,
    'neighbour/quote-before-cue/surname-unquoted': 0.99,
    'quote-after-cue/description': 0.65,
    'quote-after-cue/full-name': 0.97,
    'quote-after-cue/organization': 0.75,
    'quote-after-cue/single-word': 0.8,
    'quote-after-cue/surname': 0.98,
    'quote-after-cue/surname-unquoted': 0.95,
    'quote-after-cue/unnamed': 0.74,
    'quote-before-cue/full-name': 0.99,
    'quote-before-cue/surname': 1,
    'quote-before-cue/surname-unquoted': 0.99,
    'quote-before-cue/unnamed': 0.85,
  },
  byVia: {
    description: 0.78,
    'full-name': 0.97,
    'last-speaker': 0.56,
    organization: 0.82,
    'single-word': 0.84,
    surname: 0.99,
    'surname-unquoted': 0.97,
    unnamed: 0.86,
  },
  overall: 0.94,
  unattributed: 0.69,
}
