import { RetryActions, StatusSection } from '../layout/status-pages.tsx'
import { SavedPosts } from './saved-posts.tsx'

/**
 * Offline (or with the server out of reach), a page this device did not keep: says so, and offers what it did
 * keep. The page asked for loads by itself when the connection returns (the error page listens for it).
 */
export function NotSavedPage({ offline }: { offline: boolean }) {
  return (
    <StatusSection title="Not saved for reading offline">
      <p className="mb-6 font-serif text-lg">
        {offline ? 'You are offline' : 'Verbatim cannot reach its server'}, and this page is not saved on this
        device: Verbatim keeps the pages you read while online. It will load by itself when the connection
        returns.
      </p>
      <RetryActions />
      <SavedPosts />
    </StatusSection>
  )
}
