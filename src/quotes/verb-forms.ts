/**
 * Every form a news sentence uses of an English verb, from its base form: "admit" → admit, admits, admitted,
 * admitting. Irregular and doubling verbs spell their past out: "say:said", "admit:admitted",
 * "write:wrote:written". Lists of verbs stay lists of lemmas, and a new verb is one word.
 */

const SIBILANT_OR_O = /(?:s|sh|ch|x|z|o)$/
const CONSONANT_Y = /[^aeiou]y$/

function thirdPerson(lemma: string): string {
  if (CONSONANT_Y.test(lemma)) return `${lemma.slice(0, -1)}ies`
  return SIBILANT_OR_O.test(lemma) ? `${lemma}es` : `${lemma}s`
}

function regularPast(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`
  if (CONSONANT_Y.test(lemma)) return `${lemma.slice(0, -1)}ied`
  return `${lemma}ed`
}

function presentParticiple(lemma: string, past: string): string {
  // A doubled consonant in the past doubles in the participle too: admitted → admitting.
  const doubled = /([^aeiou])\1ed$/.exec(past)
  if (doubled && !lemma.endsWith(`${doubled[1]}${doubled[1]}`)) return `${past.slice(0, -2)}ing`
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) return `${lemma.slice(0, -1)}ing`
  return `${lemma}ing`
}

/** The forms of one verb spec: "say:said", "write:wrote:written", "agree". */
export function verbForms(spec: string): string[] {
  const [lemma = '', past, participle] = spec.split(':')
  const simplePast = past ?? regularPast(lemma)
  return [
    ...new Set([
      lemma,
      thirdPerson(lemma),
      simplePast,
      participle ?? simplePast,
      presentParticiple(lemma, simplePast),
    ]),
  ]
}

/** A set of every form of the verbs in a white-space separated list of specs. */
export function verbSet(specs: string): Set<string> {
  return new Set(specs.split(/\s+/).filter(Boolean).flatMap(verbForms))
}
