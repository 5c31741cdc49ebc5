import type { Speaker } from '../quotes/types.ts'
import type { ArticleSpeaker } from './schema.ts'
import { slugify } from './slug.ts'

/** Forms of address that are not part of anyone's name: "Mr. Kirby" is Kirby. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr)\.?\s+/i
const ARTICLE = /^the\s+/i

/**
 * The speaker's id across the archive, the same in every post that names them: `/speakers/<id>`. Null for
 * those who get no page: unnamed sources ("a spokesman"), and people known only by one word, since a
 * surname alone ("Kirby") is resolved inside its own post or not at all; across posts it may be anyone; and
 * descriptions the engine kept as names ("the regional government"), which name no one in particular.
 *
 * The engine gives the full name apart from the role ("Pentagon Press Secretary" + "John Kirby"), so a name
 * is one speaker whatever role a post gives it; a leading "the" and "Mr." are dropped ("the Pentagon" is
 * "Pentagon"), and case, accents and apostrophes do not tell names apart. The id depends on the name alone,
 * never on which other posts exist, so it stays the same when posts are added.
 */
export function archiveSpeakerId(speaker: Pick<Speaker, 'name' | 'kind'>): string | null {
  if (speaker.kind === 'unnamed') return null
  const name = speaker.name.trim().replace(ARTICLE, '').replace(HONORIFIC, '')
  if (speaker.kind === 'person' && !/\s/.test(name)) return null
  // A description kept as a name ("senate clerk's office", "regional government") names no one in particular.
  if (!/^\p{Lu}/u.test(name) && !/^\p{Lu}/u.test(name.replace(/^\P{L}+/u, ''))) return null
  const id = slugify(name)
  if (!id) return null
  // The lists of speakers live at /speakers/page/<n> and /speakers/a-z: a body called "Page" keeps clear.
  return RESERVED_IDS.has(id) ? `${id}-speaker` : id
}

/** Addresses under /speakers/ that are not speakers. */
const RESERVED_IDS = new Set(['page', 'a-z'])

/**
 * A post's speakers as the article JSON carries them (schema version 2): each with the archive id of their
 * page, where they have one. Ingest gives the ids once, so the reader, the speaker pages and the search index
 * all read the same id, and the browser never repeats the rules above.
 */
export function withArchiveIds(speakers: readonly Speaker[]): ArticleSpeaker[] {
  return speakers.map(({ mentions, ...speaker }) => {
    const archiveId = archiveSpeakerId(speaker)
    return archiveId ? { ...speaker, archiveId, mentions } : { ...speaker, mentions }
  })
}
