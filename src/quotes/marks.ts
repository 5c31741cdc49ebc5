/**
 * Finding quotations by their marks. Straight marks are read by which side of a word they stand on;
 * single marks are apostrophes unless they open and close a quotation at the top level (don't, '90s and the
 * Pakistanis' border stay words); single marks inside a double quotation are nested and belong to its text.
 */

export interface MarkedSegment {
  paragraph: number
  /** Offset of the opening mark. */
  open: number
  /** First character inside the marks. */
  start: number
  /** One past the last character inside the marks. */
  end: number
  /**
   * Offset of the closing mark's last character (a mark may be two: ''), or null when the quotation runs on
   * into the next paragraph.
   */
  close: number | null
  /** True when this segment continues a quotation from the previous paragraph. */
  continues: boolean
  double: boolean
}

const DOUBLE_OPENERS = new Set(['“', '„', '«', '‟'])
const DOUBLE_CLOSERS = new Set(['”', '»'])
const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‟'])
const SINGLE_OPENERS = new Set(['‘', '‹'])
const SINGLE_MARKS = new Set(["'", '‘', '’', '‹', '›'])
const ANY_MARK = /["“”„«»‟'‘’‹›]/
/**
 * Two apostrophes or two single marks for one double mark: ''…'', as the New York Times and some wire copy
 * set quotations (and ``…'' from TeX-style sources).
 */
const PAIRED_MARK = /''|‘‘|’’|``/
const MARK_PATTERN = new RegExp(`${PAIRED_MARK.source}|${ANY_MARK.source}`, 'g')
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/]/
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-/…]/
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const ELISIONS = /^(?:em|til|tis|twas|cause|n|round|bout|s)\b/i

export function isQuoteMark(char: string | undefined): boolean {
  return char !== undefined && (DOUBLE_MARKS.has(char) || SINGLE_MARKS.has(char))
}

/** The mark (`width` characters at `index`: one, or two for '') has a word after it and none before. */
function leftFlanking(text: string, index: number, width = 1): boolean {
  const before = text[index - 1]
  const after = text[index + width]
  if (after === undefined || /\s/.test(after)) return false
  return before === undefined || OPENING_CONTEXT.test(before) || isQuoteMark(before)
}

/** The mark has a word before it and none after. */
function rightFlanking(text: string, index: number, width = 1): boolean {
  const before = text[index - 1]
  const after = text[index + width]
  if (before === undefined || /\s/.test(before)) return false
  return after === undefined || CLOSING_CONTEXT.test(after) || isQuoteMark(after)
}

function opensDouble(text: string, index: number): boolean {
  const mark = text[index] as string
  if (DOUBLE_OPENERS.has(mark)) return !rightFlanking(text, index) || leftFlanking(text, index)
  // A closing mark set where an opening one belongs: ”Sorry …” opens all the same.
  if (mark === '"') return leftFlanking(text, index) && !rightFlanking(text, index)
  if (DOUBLE_CLOSERS.has(mark)) return leftFlanking(text, index) && !rightFlanking(text, index)
  return false
}

function closesDouble(text: string, index: number): boolean {
  const mark = text[index] as string
  if (DOUBLE_CLOSERS.has(mark)) return !leftFlanking(text, index) || rightFlanking(text, index)
  // An opening mark set where a closing one belongs: "… for her here,“ said Clyburn".
  if (mark === '"') return rightFlanking(text, index) || !leftFlanking(text, index)
  // "…,“ said Ruiz": an opening mark set where the closing one belongs, with a word before it and none after.
  if (DOUBLE_OPENERS.has(mark)) return rightFlanking(text, index) && !leftFlanking(text, index)
  return false
}

function opensSingle(text: string, index: number): boolean {
  const mark = text[index] as string
  if (!leftFlanking(text, index)) return false
  if (SINGLE_OPENERS.has(mark)) return true
  if (mark !== "'" && mark !== '’') return false
  // '90s, 'em, 'til: an apostrophe standing for missing letters, not an opening mark.
  const rest = text.slice(index + 1, index + 8)
  return !/^\d/.test(rest) && !ELISIONS.test(rest)
}

function closesSingle(text: string, index: number): boolean {
  const mark = text[index] as string
  if (mark === '‘' || mark === '‹') return false
  const before = text[index - 1]
  const after = text[index + 1]
  // Inside a word (don't, O'Hare) it is an apostrophe.
  if (
    before !== undefined &&
    after !== undefined &&
    LETTER_OR_DIGIT.test(before) &&
    LETTER_OR_DIGIT.test(after)
  )
    return false
  return rightFlanking(text, index)
}

/**
 * The quotations in one paragraph, in order. `continuing` says the previous paragraph left a double
 * quotation open; this paragraph then carries on with it if it opens with a mark again.
 * `singlesOnly` reads the inside of a quotation that quotes quotations: `" 'There is …,' [Bruck] said.`
 */
export function findMarkedSegments(
  paragraph: number,
  text: string,
  continuing = false,
  from = 0,
  to = text.length,
): MarkedSegment[] {
  const segments: MarkedSegment[] = []
  let open: { at: number; width: number; double: boolean; continues: boolean } | null = null
  const first = indexOfNonSpace(text, from, to)
  if (continuing && first >= 0 && PAIRED_MARK.test(text.slice(first, first + 2))) {
    open = { at: first, width: 2, double: true, continues: true }
  } else if (
    continuing &&
    first >= 0 &&
    DOUBLE_MARKS.has(text[first] as string) &&
    !closesDoubleAtStart(text, first)
  ) {
    open = { at: first, width: 1, double: true, continues: true }
  }
  const push = (closeAt: number | null, endAt: number) => {
    if (!open) return
    const found = trimmed(text, {
      paragraph,
      open: open.at,
      start: open.at + open.width,
      end: endAt,
      close: closeAt,
      continues: open.continues,
      double: open.double,
    })
    if (found.end > found.start) segments.push(found)
    open = null
  }

  // Only the marks matter: jump from one to the next rather than walking every character.
  const marks = new RegExp(MARK_PATTERN.source, 'g')
  marks.lastIndex = first < 0 ? to : first
  for (let found = marks.exec(text); found !== null && found.index < to; found = marks.exec(text)) {
    const index = found.index
    const char = found[0]
    if (open && index === open.at) continue
    if (char.length === 2) {
      if (open?.double) {
        // ''… 'old-school,''' : a nested single mark closes just before the pair that closes the quotation.
        if (text[index + 2] === "'" && rightFlanking(text, index + 1, 2)) {
          push(index + 2, index + 1)
          marks.lastIndex = index + 3
        } else if (rightFlanking(text, index, 2)) push(index + 1, index)
        else if (leftFlanking(text, index, 2)) reopen(index, true, 2)
      } else if (leftFlanking(text, index, 2)) {
        // A single quotation left open inside is an apostrophe after all.
        open = { at: index, width: 2, double: true, continues: false }
      } else if (open && closesSingle(text, index)) {
        push(index, index)
        marks.lastIndex = index + 1
      }
    } else if (DOUBLE_MARKS.has(char)) {
      if (open?.double) {
        if (closesDouble(text, index)) push(index, index)
        else if (opensDouble(text, index)) reopen(index, true, 1)
      } else if (!open && opensDouble(text, index)) {
        open = { at: index, width: 1, double: true, continues: false }
      }
    } else if (SINGLE_MARKS.has(char) && !open?.double) {
      if (open && closesSingle(text, index)) push(index, index)
      else if (open && opensSingle(text, index)) reopen(index, false, 1)
      else if (!open && opensSingle(text, index))
        open = { at: index, width: 1, double: false, continues: false }
    }
  }
  // A double quotation left open at the paragraph's end may go on in the next paragraph; a single one was
  // most likely an apostrophe after all.
  if (open && (open as { double: boolean }).double) push(null, to)

  return segments

  /**
   * An opening mark while one is already open. After a finished sentence the closing mark was left out:
   * close there. Otherwise the earlier mark was stray: drop it. Either way one bad mark cannot swallow the rest.
   */
  function reopen(index: number, double: boolean, width: number) {
    let end = index
    while (end > from && /\s/.test(text[end - 1] as string)) end--
    if (/[.?!…]/.test(text[end - 1] ?? '')) push(end, end)
    open = { at: index, width, double, continues: false }
  }
}

function indexOfNonSpace(text: string, from: number, to: number): number {
  const pattern = /\S/g
  pattern.lastIndex = from
  const found = pattern.exec(text)
  return found && found.index < to ? found.index : -1
}

function closesDoubleAtStart(text: string, index: number): boolean {
  return DOUBLE_CLOSERS.has(text[index] as string) && !leftFlanking(text, index)
}

/** The content without the white space just inside the marks. */
function trimmed(text: string, found: MarkedSegment): MarkedSegment {
  let { start, end } = found
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  return { ...found, start, end }
}

/** True when a segment's text holds no letter or digit. */
export function isEmptySegment(text: string, found: MarkedSegment): boolean {
  return !LETTER_OR_DIGIT.test(text.slice(found.start, found.end))
}
