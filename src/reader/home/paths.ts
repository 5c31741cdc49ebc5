import { MONTH_PATTERN, UNDATED, type MonthKey } from '../../article/post-archive.ts'
import { formatMonth } from '../shared/format.ts'

/** The list of the archive's months. */
export const ARCHIVE_PATH = '/archive'

/** Where a month of the archive is: `/archive/2026/11`, and `/archive/undated` for posts without a date. */
export function monthPath(month: MonthKey): string {
  return month === UNDATED ? `${ARCHIVE_PATH}/${UNDATED}` : `${ARCHIVE_PATH}/${month.replace('-', '/')}`
}

/** The month an address names, or null: `2026`, `11` is "2026-11"; `2026`, `13` is no month. */
export function monthFromPath(year: string | undefined, month: string | undefined): MonthKey | null {
  if (year === undefined && month === undefined) return UNDATED
  const key = `${year}-${month}`
  return MONTH_PATTERN.test(key) ? key : null
}

/** "November 2026", or "Undated posts". */
export function monthName(month: MonthKey): string {
  return month === UNDATED ? 'Undated posts' : formatMonth(month)
}
