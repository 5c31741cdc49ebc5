import { InputError } from './errors.ts'

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A publication date as the contract wants it: `2016-12-15` or `2016-12-15T13:50:38Z`. Accepts the
 * near-ISO forms pages carry ("2016-11-29 03:33:08"); anything else must be a date `Date` can read.
 * Returns undefined for text that is no date at all.
 */
export function toIsoDate(value: string): string | undefined {
  const text = value.trim()
  const match = ISO_LIKE.exec(text)
  if (match) {
    const [, year, month, day, hour, minute, second, fraction, zone] = match
    if (!validDay(Number(year), Number(month), Number(day))) return undefined
    if (hour === undefined) return `${year}-${month}-${day}`
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined
    const offset =
      zone === undefined
        ? ''
        : zone === 'Z'
          ? 'Z'
          : zone.includes(':')
            ? zone
            : `${zone.slice(0, 3)}:${zone.slice(3)}`
    return `${year}-${month}-${day}T${hour}:${minute}${second === undefined ? '' : `:${second}${fraction ?? ''}`}${offset}`
  }
  // Only forms that name a year are taken, so "Thursday" or "3:45 pm" never become a date.
  if (!/\b\d{4}\b/.test(text)) return undefined
  const parsed = Date.parse(text)
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().replace('.000Z', 'Z')
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Like toIsoDate, for a field the author wrote by hand: a bad value is an error naming the field. */
export function requireIsoDate(field: string, value: string): string {
  const iso = toIsoDate(value)
  if (!iso)
    throw new InputError(
      `${field}: ${JSON.stringify(value)} is not a date (use 2026-03-14 or 2026-03-14T09:30:00Z)`,
    )
  return iso
}
