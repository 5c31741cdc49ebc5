import type { Page } from '@playwright/test'
import { FLAG } from './corpus.ts'

export interface Findings {
  /** Calls to alert/confirm/prompt/print, dialogs shown, and the flag found set. */
  executions: string[]
  /** securitypolicyviolation events (CSP and Trusted Types). */
  violations: string[]
  /** Requests to anywhere but the app's own origin. */
  offsite: string[]
}

export interface InPage {
  executions: string[]
  violations: string[]
  flag: boolean
}

// A string, not a function: the test runner's transpiler renames functions in ways page.evaluate cannot read.
const INIT = `
  window.__attack = { executions: [], violations: [] };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = function (message) {
      window.${FLAG} = 1;
      window.__attack.executions.push(name + '(' + String(message) + ')');
    };
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__attack.violations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') +
      ' at ' + event.sourceFile + ':' + event.lineNumber);
  }, true);
`

/**
 * Watches a page for any sign that attack text ran or tried to: the dialog functions overridden, dialogs
 * caught (a payload in a new frame gets fresh ones), the flag our vectors set, CSP and Trusted Types
 * violations, and requests leaving the origin (stopped before they go).
 */
export async function watchForAttacks(page: Page, origin: string): Promise<() => Promise<Findings>> {
  const dialogs: string[] = []
  const offsite: string[] = []
  await page.addInitScript(INIT)
  page.on('dialog', (dialog) => {
    dialogs.push(`dialog ${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  await page.context().route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      offsite.push(route.request().url())
      return route.abort('blockedbyclient')
    },
  )
  return async () => {
    // Every frame: a payload in an iframe (srcdoc) has a window of its own.
    const frames = await Promise.all(
      page.frames().map((frame) =>
        frame
          .evaluate(`({ ...window.__attack, flag: window.${FLAG} === 1 })`)
          .then((found) => found as InPage)
          .catch((): InPage => ({ executions: [], violations: [], flag: false })),
      ),
    )
    return {
      executions: [
        ...frames.flatMap((frame) => [...frame.executions, ...(frame.flag ? [`window.${FLAG} set`] : [])]),
        ...dialogs,
      ],
      violations: frames.flatMap((frame) => frame.violations),
      offsite,
    }
  }
}
