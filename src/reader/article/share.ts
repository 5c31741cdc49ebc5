/** The link that opens a post at one quotation: /posts/<slug>#q3 on this site. */
export function quoteUrl(slug: string, quoteId: string): string {
  return new URL(`${import.meta.env.BASE_URL}posts/${slug}#${quoteId}`, window.location.origin).href
}

export function canShare(): boolean {
  return typeof navigator.share === 'function'
}

/** Copies text to the clipboard; falls back to a hidden text field where the Clipboard API is unavailable. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    const field = document.createElement('textarea')
    field.value = text
    field.setAttribute('readonly', '')
    field.style.position = 'fixed'
    field.style.opacity = '0'
    document.body.append(field)
    field.select()
    const copied = document.execCommand('copy')
    field.remove()
    return copied
  }
}
