/** Where masking draws its lines: 8 characters, and PEM armour only when it is the whole line. */
import { describe, expect, it } from '@jest/globals'
import { maskableParts } from '../../src/masking.js'

describe('maskableParts, edges', () => {
  it('masks a line of exactly 8 characters, not one of 7', () => {
    expect(maskableParts('x\n12345678\n1234567')).toEqual(['x\n12345678\n1234567', '12345678'])
  })

  it('measures lines without their surrounding space, and splits on CRLF', () => {
    expect(maskableParts('a\r\n   1234567   \r\n  abcdefgh  ')).toEqual(['a\r\n   1234567   \r\n  abcdefgh  ', 'abcdefgh'])
  })

  it('masks a line that only contains armour somewhere inside it', () => {
    const secret = 'header\nZm9vYmFy-----BEGIN KEY-----\n-----END KEY-----Zm9vYmFy\n-----BEGIN KEY-----'
    expect(maskableParts(secret)).toEqual([secret, 'Zm9vYmFy-----BEGIN KEY-----', '-----END KEY-----Zm9vYmFy'])
  })

  it('skips armour of any label, but masks a label line that is not armour', () => {
    const secret = '-----BEGIN ENCRYPTED PRIVATE KEY-----\n-----END RSA PRIVATE KEY 2-----\n-----BEGIN lower-----'
    expect(maskableParts(secret)).toEqual([secret, '-----BEGIN lower-----'])
  })

  it('skips a header only at the start of a line', () => {
    expect(maskableParts('DEK-Info: AES-256-CBC,00\nkey=Proc-Type: 4')).toEqual(['DEK-Info: AES-256-CBC,00\nkey=Proc-Type: 4', 'key=Proc-Type: 4'])
  })

  it('registers nothing for a secret of blanks only, and each line once', () => {
    expect(maskableParts('   ')).toEqual([])
    expect(maskableParts('abcdefgh\nabcdefgh')).toEqual(['abcdefgh\nabcdefgh', 'abcdefgh'])
  })
})
