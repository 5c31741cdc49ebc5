import fc from 'fast-check'
import { extractQuotes } from './index.ts'
import type { Extraction, Quote, Span } from './types.ts'

/**
 * The engine's properties, shared by the unit tests (a few hundred runs each) and `npm run bench:fuzz`
 * (10,000 each): for any input, arbitrary or news-like, it never throws, its spans fit their paragraphs in
 * reading order without overlapping or cutting a surrogate pair, every speaker it cites exists, it is
 * deterministic, and quotations planted by a generator are found exactly (an oracle).
 */

const MARKS = ['"', '“', '”', "'", '‘', '’', '«', '»', '„']
const NAMES = ['Ada Quell', 'Borys Tamsin', 'Cleo Varga', 'Dov Arnault', 'Ema Sorrel', 'Fen Okafor']
const ROLES = ['Harbour Master', 'spokeswoman', 'Finance Minister', 'union leader', 'Mayor']
const VERBS = ['said', 'says', 'told reporters', 'added', 'warned', 'insisted', 'wrote', 'noted', 'argued']
const WORDS = [
  'the',
  'port',
  'will',
  'open',
  'in',
  'May',
  'prices',
  'rose',
  'we',
  "don't",
  'know',
  'it',
  'is',
  'late',
  'and',
  'they',
  'have',
  'a',
  'plan',
]

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 }).map((words) => {
  const text = words.join(' ')
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`
})
const speaker = fc
  .tuple(fc.constantFrom(...ROLES), fc.constantFrom(...NAMES), fc.boolean())
  .map(([role, name, withRole]) => (withRole ? `${role} ${name}` : name))
const surname = fc.constantFrom(...NAMES).map((name) => name.split(' ')[1] as string)
const pronoun = fc.constantFrom('he', 'she', 'they', 'He', 'She')
const mark = fc.constantFrom(...MARKS)

/** Paragraphs shaped like news copy, with every pattern the engine reads and some broken marks. */
const newsParagraph = fc.oneof(
  fc.tuple(sentence, speaker, fc.constantFrom(...VERBS)).map(([q, who, verb]) => `"${q}," ${who} ${verb}.`),
  fc.tuple(sentence, speaker).map(([q, who]) => `“${q},” said ${who}.`),
  fc.tuple(speaker, fc.constantFrom(...VERBS), sentence).map(([who, verb, q]) => `${who} ${verb}: "${q}."`),
  fc.tuple(speaker, sentence).map(([who, clause]) => `${who} said that ${clause.toLowerCase()}.`),
  fc.tuple(sentence, speaker).map(([clause, who]) => `${clause}, ${who} said on Monday.`),
  fc.tuple(sentence, pronoun, sentence).map(([a, who, b]) => `${a}, ${who} said, ${b.toLowerCase()}.`),
  fc.tuple(sentence, surname).map(([q, who]) => `"${q}," ${who} added. "${q}"`),
  fc.tuple(sentence, mark, sentence, mark).map(([a, open, b, close]) => `${a} ${open}${b}${close} ${a}.`),
  fc.tuple(sentence, mark).map(([q, open]) => `${open}${q}`),
  fc.tuple(speaker, sentence).map(([who, q]) => `According to ${who}, ${q.toLowerCase()}.`),
  sentence.map((text) => `${text}.`),
)
export const newsArticle = fc.array(newsParagraph, { minLength: 1, maxLength: 12 })

/** Anything at all, weighted towards quotation marks, apostrophes and the punctuation the patterns hinge on. */
const noisyText = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...MARKS, ',', '.', ':', ' ', ' ', '—', '(', ')', '[', ']') },
    { weight: 4, arbitrary: fc.constantFrom(...'abcXYZ said Kirby he she'.split('')) },
    // Characters outside the Basic Multilingual Plane are two UTF-16 units: no span may cut one in half.
    { weight: 1, arbitrary: fc.constantFrom('😀', '𝐀', '👍🏽', '𠜎', '🇵🇰') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 300,
})
export const noisyArticle = fc.array(noisyText, { maxLength: 8 })

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** True when `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))
}

/** Everything wrong with an extraction, as sentences; empty when it is sound. */
export function invariantProblems(paragraphs: readonly string[], result: Extraction): string[] {
  const problems: string[] = []
  const fits = (span: Span) => {
    const text = paragraphs[span.paragraph]
    return (
      text !== undefined &&
      span.start >= 0 &&
      span.start < span.end &&
      span.end <= text.length &&
      !splitsPair(text, span.start) &&
      !splitsPair(text, span.end)
    )
  }
  const spans = result.quotes.flatMap((quote) => quote.spans)
  spans.forEach((span, index) => {
    if (!fits(span)) problems.push(`span ${JSON.stringify(span)} does not fit its paragraph`)
    const previous = spans[index - 1]
    if (
      previous &&
      !(
        previous.paragraph < span.paragraph ||
        (previous.paragraph === span.paragraph && previous.end <= span.start)
      )
    )
      problems.push(`span ${index} overlaps or precedes the one before it`)
  })
  const ids = new Set(result.speakers.map((speaker) => speaker.id))
  if (ids.size !== result.speakers.length) problems.push('speaker ids repeat')
  result.quotes.forEach((quote: Quote, index) => {
    if (quote.id !== `q${index + 1}`) problems.push(`quote ${index} has id ${quote.id}`)
    if (quote.speakerId !== null && !ids.has(quote.speakerId))
      problems.push(`${quote.id} cites unknown speaker ${quote.speakerId}`)
    if (quote.cue && !fits(quote.cue)) problems.push(`${quote.id}: cue does not fit`)
    if (!(quote.confidence >= 0 && quote.confidence <= 1))
      problems.push(`${quote.id}: confidence out of 0..1`)
  })
  for (const speaker of result.speakers)
    if (!speaker.mentions.every(fits)) problems.push(`${speaker.id}: a mention does not fit`)
  return problems
}

/** The same input twice gives the same answer. */
function deterministic(paragraphs: string[], result: Extraction): boolean {
  return JSON.stringify(extractQuotes(paragraphs)) === JSON.stringify(result)
}

interface Planted {
  paragraph: string
  kind: Quote['kind']
  /** Where the quoted words lie in the planted paragraph. */
  start: number
  end: number
  name: string
}

/**
 * Words someone could say: a subject, a verb and what follows. (The word salad of `sentence` is right for
 * stress, but "The the" is fairly taken for a title rather than speech, which would test the generator.)
 */
const statement = fc
  .tuple(
    fc.constantFrom('The port', 'Prices', 'We', 'They', 'The plan', 'Nobody', 'The council'),
    fc.constantFrom('will open', 'rose', 'know', 'have failed', 'is late', 'cannot wait', 'agreed'),
    fc.constantFrom('', ' in May', ' again', ' this year', ' for the town', ' without a vote'),
  )
  .map(([subject, verb, rest]) => `${subject} ${verb}${rest}`)

/** Quotations in the shapes news copy uses most, each knowing exactly where its words are and who spoke. */
const planted: fc.Arbitrary<Planted> = fc
  .tuple(statement, fc.constantFrom(...NAMES), fc.constantFrom('after', 'before-colon', 'curly', 'that'))
  .map(([words, name, shape]): Planted => {
    switch (shape) {
      case 'after':
        return {
          paragraph: `"${words}," ${name} said.`,
          kind: 'direct',
          start: 1,
          end: words.length + 2,
          name,
        }
      case 'curly':
        return {
          paragraph: `“${words},” said ${name}.`,
          kind: 'direct',
          start: 1,
          end: words.length + 2,
          name,
        }
      case 'before-colon': {
        const start = `${name} said: "`.length
        return {
          paragraph: `${name} said: "${words}."`,
          kind: 'direct',
          start,
          end: start + words.length + 1,
          name,
        }
      }
      default: {
        const clause = words.toLowerCase()
        const start = `${name} said that `.length
        return {
          paragraph: `${name} said that ${clause}.`,
          kind: 'indirect',
          start,
          end: start + clause.length,
          name,
        }
      }
    }
  })

/** Fails with every problem named, so a counterexample says what went wrong, not only that it did. */
function assertSound(paragraphs: string[]): void {
  const result = extractQuotes(paragraphs)
  const problems = invariantProblems(paragraphs, result)
  if (!deterministic(paragraphs, result)) problems.push('two runs differ')
  if (problems.length > 0) throw new Error(problems.join('; '))
}

export const newsLikeIsSound = fc.property(newsArticle, assertSound)
export const arbitraryTextIsSound = fc.property(noisyArticle, assertSound)

/** The oracle: a planted quotation, wherever it goes in a generated article, is found exactly, with its speaker. */
export const plantedQuotationIsFound = fc.property(
  newsArticle,
  planted,
  fc.nat(),
  (paragraphs, plant, at) => {
    const index = at % (paragraphs.length + 1)
    const article = [...paragraphs.slice(0, index), plant.paragraph, ...paragraphs.slice(index)]
    const { quotes, speakers } = extractQuotes(article)
    const found = quotes.find((quote) => quote.spans.some((span) => span.paragraph === index))
    // A paragraph before it left open runs on into it (the convention for long quotations), so only the planted
    // paragraph's span is compared.
    const span = found?.spans.filter((item) => item.paragraph === index)
    return (
      found?.kind === plant.kind &&
      JSON.stringify(span) === JSON.stringify([{ paragraph: index, start: plant.start, end: plant.end }]) &&
      speakers.find((speaker) => speaker.id === found.speakerId)?.name === plant.name
    )
  },
)
