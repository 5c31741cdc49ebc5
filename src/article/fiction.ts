/**
 * The note that marks a sample post as fiction: by the archive's convention, a paragraph that starts
 * "Fiction:". The reader repeats it at the top of the post, so no one reads invented words as news first.
 */
export function fictionNote(paragraphs: readonly string[]): string | null {
  return paragraphs.find((paragraph) => paragraph.startsWith('Fiction:')) ?? null
}
