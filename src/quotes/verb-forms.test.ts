import { describe, expect, test } from 'vitest'
import { verbForms, verbSet } from './verb-forms.ts'

describe('verb forms from a lemma', () => {
  test('regular verbs, with the spelling rules of -s, -ed and -ing', () => {
    expect(verbForms('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing'])
    expect(verbForms('reply')).toEqual(['reply', 'replies', 'replied', 'replying'])
    expect(verbForms('stress')).toEqual(['stress', 'stresses', 'stressed', 'stressing'])
    expect(verbForms('note')).toEqual(['note', 'notes', 'noted', 'noting'])
    expect(verbForms('echo')).toEqual(['echo', 'echoes', 'echoed', 'echoing'])
    expect(verbForms('convey')).toEqual(['convey', 'conveys', 'conveyed', 'conveying'])
  })

  test('irregular and doubling verbs spell their past out', () => {
    expect(verbForms('say:said')).toEqual(['say', 'says', 'said', 'saying'])
    expect(verbForms('write:wrote:written')).toEqual(['write', 'writes', 'wrote', 'written', 'writing'])
    expect(verbForms('admit:admitted')).toEqual(['admit', 'admits', 'admitted', 'admitting'])
    expect(verbForms('tell:told')).toEqual(['tell', 'tells', 'told', 'telling'])
  })

  test('a set holds every form of every verb listed', () => {
    const verbs = verbSet(`
      say:said
      quip:quipped
    `)
    expect([...verbs].sort()).toEqual([
      'quip',
      'quipped',
      'quipping',
      'quips',
      'said',
      'say',
      'saying',
      'says',
    ])
  })
})
