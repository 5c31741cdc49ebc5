/** The page number in an address: none is page 1; anything but a plain positive number is no page. */
export function pageNumber(param: string | undefined): number | null {
  if (param === undefined) return 1
  return /^[1-9]\d{0,5}$/.test(param) ? Number(param) : null
}
