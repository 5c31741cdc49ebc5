import { QueryClient } from '@tanstack/react-query'
import { isPermanent } from './errors.ts'

/**
 * One client for the app. Posts never change while a reader has them open, so they stay fresh for the session;
 * a 404 or bad data is not retried, a network failure is retried once before the error page offers a button.
 */
export function createQueryClient({ server = false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // On the server a page's cache lives for one render; no timer may keep the process alive after it.
        gcTime: server ? Infinity : 30 * 60 * 1000,
        retry: (failures, error) => !isPermanent(error) && failures < 1,
        retryDelay: 300,
        refetchOnWindowFocus: false,
        // Offline, a request fails at once and the page says so, rather than waiting silently; the error page
        // tries again by itself when the connection returns.
        networkMode: 'always',
      },
    },
  })
}
