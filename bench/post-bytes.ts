/**
 * What each post costs in the build's output, read from a built dist/: its page (`posts/<slug>/index.html`) and
 * its data file (`data/posts/<slug>.json`), raw and gzipped, as a mean over every post, with the page split
 * into its parts (inlined CSS, markup, embedded state). Used by `npm run bench:archive`; on its own:
 * `npx tsx bench/post-bytes.ts [dist]`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface PostBytes {
  posts: number
  /** Means per post, in bytes. */
  html: number
  htmlGzip: number
  data: number
  dataGzip: number
  css: number
  state: number
}

export function postBytes(dist: string): PostBytes {
  const slugs = readdirSync(join(dist, 'posts'))
  const totals = { html: 0, htmlGzip: 0, data: 0, dataGzip: 0, css: 0, state: 0 }
  for (const slug of slugs) {
    const html = readFileSync(join(dist, 'posts', slug, 'index.html'))
    const data = readFileSync(join(dist, 'data', 'posts', `${slug}.json`))
    const text = html.toString('utf8')
    totals.html += html.length
    totals.htmlGzip += gzipSync(html).length
    totals.data += data.length
    totals.dataGzip += gzipSync(data).length
    totals.css += Buffer.byteLength(/<style>[\s\S]*?<\/style>/.exec(text)?.[0] ?? '')
    totals.state += Buffer.byteLength(
      /<script type="application\/json"[\s\S]*?<\/script>/.exec(text)?.[0] ?? '',
    )
  }
  const mean = (value: number) => Math.round(value / Math.max(1, slugs.length))
  return {
    posts: slugs.length,
    html: mean(totals.html),
    htmlGzip: mean(totals.htmlGzip),
    data: mean(totals.data),
    dataGzip: mean(totals.dataGzip),
    css: mean(totals.css),
    state: mean(totals.state),
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

export function describePostBytes(bytes: PostBytes): string {
  return (
    `per post (mean of ${bytes.posts}): page ${kB(bytes.html)} (gzip ${kB(bytes.htmlGzip)}; inlined CSS ` +
    `${kB(bytes.css)}, embedded state ${kB(bytes.state)}) + data ${kB(bytes.data)} (gzip ${kB(bytes.dataGzip)}) = ` +
    `${kB(bytes.html + bytes.data)} (gzip ${kB(bytes.htmlGzip + bytes.dataGzip)})`
  )
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(describePostBytes(postBytes(process.argv[2] ?? 'dist')))
