import { Link } from 'react-router'
import type { DataError } from '../data/errors.ts'
import { homeLink, StatusSection } from './status-pages.tsx'

/** Data that breaks the contract: what was wrong, and that trying again will not help. */
export function DamagedDataPage({ error }: { error: DataError }) {
  return (
    <StatusSection title="This page’s data is damaged">
      <p className="mb-4 font-serif text-lg">
        {error.message}. Trying again will not help; the post needs to be fixed at its source.
      </p>
      {error.details.length > 0 && (
        <details className="mb-6 font-mono text-sm">
          <summary className="cursor-pointer font-sans">What is wrong</summary>
          <ul className="mt-2 list-disc pl-6">
            {error.details.slice(0, 20).map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        </details>
      )}
      <Link to="/" className={homeLink}>
        Go to the latest posts
      </Link>
    </StatusSection>
  )
}
