/**
 * Playwright's own console lines, not the app's: with service workers blocked (playwright.config.ts), it
 * answers the app's registration with a warning. Journeys that hold the console to silence leave these out.
 */
export const fromPlaywright = (text: string) =>
  text.startsWith('Service Worker registration blocked by Playwright')
