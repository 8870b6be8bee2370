import { describe, expect, it } from '@jest/globals'
import { proxyFor } from '../../src/net/proxy.js'

const graph = new URL('https://graph.microsoft.com/beta/x')

describe('proxyFor', () => {
  it('uses HTTPS_PROXY for https, lower-case name first', () => {
    expect(proxyFor(graph, { HTTPS_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128')
    expect(proxyFor(graph, { https_proxy: 'http://lower:3128', HTTPS_PROXY: 'http://upper:3128' })).toBe('http://lower:3128')
  })

  it('falls back to ALL_PROXY, then HTTP_PROXY, for https, as the Azure SDK does', () => {
    expect(proxyFor(graph, { HTTP_PROXY: 'http://plain:3128' })).toBe('http://plain:3128')
    expect(proxyFor(graph, { ALL_PROXY: 'http://all:3128', HTTP_PROXY: 'http://plain:3128' })).toBe('http://all:3128')
    expect(proxyFor(graph, { all_proxy: 'http://lower:3128', ALL_PROXY: 'http://upper:3128' })).toBe('http://lower:3128')
    expect(proxyFor(graph, { HTTPS_PROXY: 'http://secure:3128', ALL_PROXY: 'http://all:3128' })).toBe('http://secure:3128')
    expect(proxyFor(graph, { HTTPS_PROXY: ' ', HTTP_PROXY: 'http://plain:3128' })).toBe('http://plain:3128')
  })

  it('uses HTTP_PROXY for plain http', () => {
    expect(proxyFor(new URL('http://127.0.0.1:8080/beta'), { HTTP_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128')
  })

  it('goes direct without a proxy', () => {
    expect(proxyFor(graph, {})).toBeUndefined()
    expect(proxyFor(graph, { HTTPS_PROXY: '  ' })).toBeUndefined()
  })

  it.each([
    ['*', true],
    ['graph.microsoft.com', true],
    ['microsoft.com', true],
    ['.microsoft.com', true],
    ['*.microsoft.com', true],
    ['GRAPH.Microsoft.com', true],
    ['graph.microsoft.com:443', true],
    ['graph.microsoft.com:8443', false],
    ['raph.microsoft.com', false],
    ['example.com, login.microsoftonline.com', false],
    ['example.com,graph.microsoft.com', true],
  ])('NO_PROXY=%j bypasses graph.microsoft.com: %s', (noProxy, bypassed) => {
    expect(proxyFor(graph, { HTTPS_PROXY: 'http://proxy:3128', NO_PROXY: noProxy })).toBe(bypassed ? undefined : 'http://proxy:3128')
  })
})
