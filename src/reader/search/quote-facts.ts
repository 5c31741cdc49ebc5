/** Who said one quotation, as search results show it. */
export interface QuoteFacts {
  speakerId: string | null
  speaker: string | null
  kind: string
  confidence: number
}

/**
 * A post's quotations' facts in one search meta value, which Pagefind stores as text: `q3,<fields>;q4,…`, each
 * field URI-encoded, so no name can break the format.
 */
export function encodeQuoteFacts(facts: ReadonlyMap<string, QuoteFacts>): string {
  return [...facts]
    .map(([id, fact]) =>
      [id, fact.speakerId ?? '', fact.speaker ?? '', fact.kind, String(fact.confidence)]
        .map(encodeURIComponent)
        .join(','),
    )
    .join(';')
}

/** The facts back from the meta value; a malformed entry is skipped. */
export function decodeQuoteFacts(value: string | undefined): Map<string, QuoteFacts> {
  const facts = new Map<string, QuoteFacts>()
  for (const entry of (value ?? '').split(';')) {
    const fields = entry.split(',')
    if (fields.length !== 5) continue
    try {
      const [id, speakerId, speaker, kind, confidence] = fields.map(decodeURIComponent) as [
        string,
        string,
        string,
        string,
        string,
      ]
      facts.set(id, {
        speakerId: speakerId || null,
        speaker: speaker || null,
        kind,
        confidence: Number(confidence),
      })
    } catch {
      // A broken escape: that quotation shows without its speaker.
    }
  }
  return facts
}
