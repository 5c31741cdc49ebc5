export { extractQuotes } from './extract.ts'
export type { Extraction, Quote, QuoteKind, Span, Speaker, SpeakerKind } from './types.ts'
