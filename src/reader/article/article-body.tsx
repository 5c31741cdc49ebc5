import type { Article } from '../../article/schema.ts'
import type { Quote } from '../../quotes/types.ts'
import { Quotation } from './quotation.tsx'
import { segmentParagraph } from './quote-segments.ts'

export interface ArticleBodyProps {
  article: Article
  names: ReadonlyMap<string, string>
  colours: ReadonlyMap<string, number>
  activeSpeaker: string | null | undefined
  emphasisedQuote: string | null
  onFocusSpeaker: (speakerId: string | null) => void
}

function firstSpanText(article: Article, quote: Quote): string {
  const span = quote.spans[0]
  return span ? (article.paragraphs[span.paragraph]?.slice(span.start, span.end) ?? '') : ''
}

/** The paragraphs, as text (never HTML), with every quotation in place. */
export function ArticleBody({
  article,
  names,
  colours,
  activeSpeaker,
  emphasisedQuote,
  onFocusSpeaker,
}: ArticleBodyProps) {
  return (
    <div className="max-w-[65ch] font-serif text-[1.1875rem] leading-[1.65]">
      {article.paragraphs.map((paragraph, index) =>
        // A paragraph that arrived broken is kept as an empty string so span indices hold; nothing to show.
        paragraph === '' ? null : (
          <p key={index} className="mb-5">
            {segmentParagraph(paragraph, index, article.quotes).map((segment, at) =>
              segment.piece ? (
                <Quotation
                  key={at}
                  piece={segment.piece}
                  slug={article.slug}
                  shareText={firstSpanText(article, segment.piece.quote)}
                  speakerName={
                    segment.piece.quote.speakerId ? (names.get(segment.piece.quote.speakerId) ?? null) : null
                  }
                  colour={
                    segment.piece.quote.speakerId
                      ? (colours.get(segment.piece.quote.speakerId) ?? null)
                      : null
                  }
                  dimmed={activeSpeaker !== undefined && segment.piece.quote.speakerId !== activeSpeaker}
                  emphasised={emphasisedQuote === segment.piece.quote.id}
                  onFocusSpeaker={onFocusSpeaker}
                >
                  {segment.text}
                </Quotation>
              ) : (
                segment.text
              ),
            )}
          </p>
        ),
      )}
    </div>
  )
}
