import { describe, expect, it } from '@jest/globals'
import { ActionableError } from '../../src/errors.js'
import type { Result } from '../../src/operations/context.js'
import { checkOutputShapes } from '../../src/output-shapes.js'

const keyset: Result = { actionTaken: 'uploaded', detail: 'd', kid: 'nUa8E_1bVlGH-x.y', keysetId: 'B2C_1A_Signing', notBefore: 1, expires: 2, previousKid: 'old' }
const target = { kind: 'application', objectId: 'o', appId: undefined, displayName: undefined }
const application: Result = { actionTaken: 'added', detail: 'd', kid: '9a1c6b4e-5f7d-4c1a-9b1e-0d4c2a7e8f10', thumbprint: 'A'.repeat(40), target }

describe('checkOutputShapes', () => {
  it('passes documented shapes through unchanged', () => {
    expect(checkOutputShapes(keyset)).toBe(keyset)
    expect(checkOutputShapes(application)).toBe(application)
    expect(checkOutputShapes({ actionTaken: 'skipped', detail: 'd', keysetId: 'B2C_1A_x' })).toBeDefined()
  })

  it.each<[string, Result]>([
    ['a kid with a line break', { ...keyset, kid: 'k\n::set-output name=x::y' }],
    ['a kid with a space', { ...keyset, kid: 'a b' }],
    ['an empty kid after a write', { ...keyset, kid: '' }],
    ['no kid after found', { actionTaken: 'found', detail: 'd', keysetId: 'B2C_1A_x' }],
    ['a keyId that is not a GUID', { ...application, kid: 'nUa8E_1bVlGH' }],
    ['a previous kid with a line break', { ...keyset, previousKid: 'p\r\n::error::x' }],
    ['a keyset id without the prefix', { ...keyset, keysetId: 'Signing' }],
    ['a lower-case thumbprint', { ...application, thumbprint: 'a'.repeat(40) }],
    ['a fractional time', { ...keyset, expires: 1.5 }],
  ])('refuses %s', (_what, result) => {
    expect(() => checkOutputShapes(result)).toThrow(ActionableError)
  })

  it('says what arrived, on one line, and that a write may have landed', () => {
    const error = (() => {
      try {
        checkOutputShapes({ ...keyset, kid: 'k\n::add-mask::x' })
      } catch (caught) {
        return caught as Error
      }
      return undefined
    })()
    expect(error?.message).toMatch(/answered with 'k ::add-mask::x' where output 'kid' needs a key id/)
    expect(error?.message).toMatch(/reported the write as done: check the target/)
    expect(error?.message).not.toMatch(/\n/)
  })
})
