/** A run of text: UTF-16 offsets into `paragraphs[paragraph]`, `end` exclusive. */
export interface Span {
  paragraph: number
  start: number
  end: number
}

export type SpeakerKind = 'person' | 'organization' | 'unnamed'

export interface Speaker {
  /** Unique within the article, `[a-z0-9-]+`, e.g. `john-kirby`. */
  id: string
  /** Canonical full name ("John Kirby"); organisations without a leading article ("Pentagon"). */
  name: string
  kind: SpeakerKind
  /** The role as the text gives it ("Pentagon Press Secretary"). */
  role?: string
  /** Every place the text names or refers to the speaker: full names, surnames, pronouns. */
  mentions: Span[]
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed'

export interface Quote {
  /** `q1`, `q2`, … in reading order. */
  id: string
  kind: QuoteKind
  speakerId: string | null
  /** The quoted content; one span per paragraph for a quotation that runs over several. */
  spans: Span[]
  /** The speech verb or phrase ("said", "according to"). */
  cue?: Span
  /** 0..1: how sure the engine is of the quotation and its speaker together. */
  confidence: number
}

export interface Extraction {
  quotes: Quote[]
  speakers: Speaker[]
}
