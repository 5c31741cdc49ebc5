/**
 * One page of the site made from its data file and staged for the site: what the prerender hands each render
 * worker (render-pool.ts), or does itself for a small archive. The data is read and checked here, where the
 * page is rendered, so only a file's name and the page's hash cross between processes, never its bytes.
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import * as v from 'valibot'
import { ArchiveIndexSchema, LatestSchema, MonthPageSchema } from '../article/post-archive.ts'
import { ArticleSchema, describeIssues } from '../article/schema.ts'
import { SpeakerIndexSchema, SpeakerPageSchema, SpeakerQuotesPageSchema } from '../article/speaker-archive.ts'
import { documentRenderer } from './documents.ts'
import { stageFile, type Staged } from './output.ts'

type ServerEntry = typeof import('../entry-server.tsx')
type Documents = ReturnType<typeof documentRenderer>

/** A kind of page made from a data file: the data's schema, and the document it becomes. */
function kind<T>(
  schema: v.GenericSchema<unknown, T>,
  render: (documents: Documents, data: T) => Promise<string>,
) {
  // Checked here, where the schema's output meets the renderer's input; stored without the type, so that one
  // table holds every kind.
  return { schema, render } as {
    schema: v.GenericSchema
    render: (documents: Documents, data: unknown) => Promise<string>
  }
}

const KINDS = {
  post: kind(ArticleSchema, (documents, article) => documents.post(article)),
  home: kind(LatestSchema, (documents, latest) => documents.home(latest)),
  notFound: kind(LatestSchema, (documents, latest) => documents.notFound(latest)),
  month: kind(MonthPageSchema, (documents, page) => documents.month(page)),
  archiveIndex: kind(ArchiveIndexSchema, (documents, index) => documents.archiveIndex(index)),
  speaker: kind(SpeakerPageSchema, (documents, page) => documents.speaker(page)),
  speakerQuotes: kind(SpeakerQuotesPageSchema, (documents, page) => documents.speakerQuotes(page)),
  speakers: kind(SpeakerIndexSchema, (documents, index) => documents.speakers(index)),
}

export type PageKind = keyof typeof KINDS | 'search' | 'read'

/** A page to make: its kind, its data file (the search and read pages have none), and where it goes in the site. */
export interface PageJob {
  kind: PageKind
  dataFile?: string
  path: string
  /** The hash of the bytes the last build put at `path`: the same bytes are not staged again. */
  previousHash?: string
}

/**
 * What every job of one build shares: the server build, the shell with its stylesheet inlined (a file, so that
 * a worker reads it once rather than receive it with every job), the site's address, and the folders.
 */
export interface RenderSetup {
  serverEntry: string
  templateFile: string
  site: string
  siteDir: string
  staging: string
}

/** The data of a file, checked against its schema; the error names the file and what is wrong. */
export function readValid<TSchema extends v.GenericSchema>(
  bytes: Buffer,
  schema: TSchema,
  file: string,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, JSON.parse(bytes.toString('utf8')))
  if (!result.success) throw new Error(`${file}: ${describeIssues(result.issues).join('; ')}`)
  return result.output
}

/** Makes pages for one build: loads the server entry once, then renders and stages each job it is given. */
export async function pageRenderer(setup: RenderSetup): Promise<(job: PageJob) => Promise<Staged>> {
  const server = (await import(pathToFileURL(setup.serverEntry).href)) as ServerEntry
  const documents = documentRenderer(server, readFileSync(setup.templateFile, 'utf8'), setup.site)
  const where = { site: setup.siteDir, staging: setup.staging }
  return async (job) => {
    const html = await renderJob(documents, job)
    return stageFile(where, job.path, html, job.previousHash)
  }
}

function renderJob(documents: Documents, { kind, dataFile }: PageJob): Promise<string> {
  if (kind === 'search') return documents.search()
  if (kind === 'read') return documents.read()
  if (!dataFile) throw new Error(`a ${kind} page needs a data file`)
  const { schema, render } = KINDS[kind]
  return render(documents, readValid(readFileSync(dataFile), schema, dataFile))
}
