import { parseHTML } from 'linkedom'

/** Markup to the text it shows: tags dropped, entities decoded, scripts and styles gone. Never HTML again. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove()
  return document.body.textContent ?? ''
}
