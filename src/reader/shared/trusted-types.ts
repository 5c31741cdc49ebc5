/**
 * The part of the browser's Trusted Types API the reader uses (TypeScript's DOM types do not have it yet): a
 * policy that vouches for a script's address, for a worker under `require-trusted-types-for 'script'`. Types
 * only: each lazy page that needs a policy makes its own, for its own scripts.
 */
export interface TrustedScriptUrlPolicy {
  createScriptURL: (url: string) => unknown
}

export interface TrustedTypesFactory {
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => TrustedScriptUrlPolicy
  defaultPolicy: unknown
}

/** The page's Trusted Types factory, where the browser has one. */
export type WithTrustedTypes = { trustedTypes?: TrustedTypesFactory }
