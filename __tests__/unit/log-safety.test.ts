import { describe, expect, it } from '@jest/globals'
import { capList, cut, neutralise, redact, registerSecret, safeLine, safeMarkdown, serviceText } from '../../src/log-safety.js'

const SECRET = 'p@ss w/rd"+é=long-enough'
registerSecret(SECRET)

describe('redact', () => {
  it.each([
    ['plain', SECRET],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    ['URL-encoded', encodeURIComponent(SECRET)],
    ['form-encoded', new URLSearchParams({ s: SECRET }).toString().slice(2)],
    ['base64', Buffer.from(SECRET).toString('base64')],
    ['base64url', Buffer.from(SECRET).toString('base64url')],
  ])('removes the %s form', (_form, shown) => {
    expect(redact(`echo: ${shown}!`)).toBe('echo: ***!')
  })

  it('leaves short values to the runner, so ordinary words survive', () => {
    registerSecret('wrong')
    expect(redact('the secret is wrong')).toBe('the secret is wrong')
  })
})

describe('neutralise', () => {
  it.each(['\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\u0000', '\u001b'])('replaces %j, so nothing after it starts a line', (separator) => {
    const text = neutralise(`kid${separator}::set-output name=kid::evil`)
    expect(text).not.toMatch(/[\r\n\u2028\u2029\u0085\v\f\u0000\u001b]/)
    expect(text).toMatch(/^kid +::set-output/)
  })
})

describe('cut', () => {
  it('keeps short text whole', () => expect(cut('short', 10)).toBe('short'))
  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(8)}😀😀`
    const cutText = cut(text, 10)
    expect(cutText).toBe(`${'a'.repeat(8)}…`)
    expect(cutText.length).toBeLessThanOrEqual(10)
  })
  it('prefers a word boundary near the end', () => expect(cut('alpha beta gamma delta', 15)).toBe('alpha beta…'))
})

describe('serviceText and safeLine', () => {
  it('redacts before cutting, so no part of a secret survives a cut through it', () => {
    const echoed = `${'x'.repeat(290)}${SECRET}${'y'.repeat(50)}`
    const quoted = serviceText(echoed, 300)
    expect(quoted).not.toContain(SECRET.slice(0, 4))
    expect(quoted.length).toBeLessThanOrEqual(300)
  })

  it('bounds a whole log line', () => expect(safeLine('k'.repeat(2_000_000)).length).toBeLessThanOrEqual(4000))
})

describe('safeMarkdown', () => {
  it('keeps LF, turns every other separator into a space, and redacts', () => {
    expect(safeMarkdown(`a\r\nb\u2028c ${SECRET}\n`)).toBe('a\nb c ***\n')
  })
})

describe('capList', () => {
  it('lists up to ten items, then says how many more', () => {
    const kids = Array.from({ length: 10_000 }, (_, i) => `k${i}`)
    expect(capList(kids)).toBe('k0, k1, k2, k3, k4, k5, k6, k7, k8, k9 and 9990 more')
    expect(capList(['a', 'b'], '; ')).toBe('a; b')
  })
})
