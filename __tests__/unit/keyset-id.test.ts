import { describe, expect, it } from '@jest/globals'
import { normaliseKeysetId } from '../../src/keyset-id.js'

describe('normaliseKeysetId', () => {
  it.each([
    ['FacebookSecret', 'B2C_1A_FacebookSecret'],
    ['B2C_1A_FacebookSecret', 'B2C_1A_FacebookSecret'],
    ['B2C_1A_B2C_1A_FacebookSecret', 'B2C_1A_FacebookSecret'],
    ['b2c_1a_FacebookSecret', 'B2C_1A_FacebookSecret'],
    ['  TokenSigningKeyContainer ', 'B2C_1A_TokenSigningKeyContainer'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseKeysetId(input)).toBe(expected)
  })

  it('keeps a name that merely contains the prefix later on', () => {
    expect(normaliseKeysetId('Old_B2C_1A_Key')).toBe('B2C_1A_Old_B2C_1A_Key')
  })
})
