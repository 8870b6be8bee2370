/**
 * The algorithm names that messages give for keys and certificates this action cannot use:
 * Node's own key types, curves, OIDs Node cannot decode (from hand-made DER), legacy PKCS#8
 * encryption (from openssl), and what is said when the DER itself cannot be read.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { createPrivateKey, createSecretKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { certificateKeyAlgorithm, keyAlgorithmName, pkcs8Encryption, pkcs8KeyAlgorithm } from '../../src/crypto/key-algorithms.js'
import { integer, oidBytes, sequenceOf, tlv } from '../helpers/der-builder.js'
import { openssl, removeTempDirs } from '../helpers/openssl.js'

afterAll(removeTempDirs)

describe('keyAlgorithmName', () => {
  it.each([
    ['RSA', generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey],
    ['RSA-PSS', generateKeyPairSync('rsa-pss', { modulusLength: 1024 }).privateKey],
    ['EC (prime256v1)', generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey],
    ['Ed25519', generateKeyPairSync('ed25519').privateKey],
    ['X448', generateKeyPairSync('x448').privateKey],
  ])('names %s', (name, key) => {
    expect(keyAlgorithmName(key)).toBe(name)
  })

  it('says a secret key is not an asymmetric key', () => {
    expect(keyAlgorithmName(createSecretKey(Buffer.alloc(32)))).toBe('not an asymmetric key')
  })

  it('names an EC key without a named curve, and a type it has no name for', () => {
    // Key objects as a newer Node may hand them over: the name must not depend on the table.
    const like = (fields: object) => fields as KeyObject
    expect(keyAlgorithmName(like({ asymmetricKeyType: 'ec' }))).toBe('EC')
    expect(keyAlgorithmName(like({ asymmetricKeyType: 'ec', asymmetricKeyDetails: {} }))).toBe('EC')
    expect(keyAlgorithmName(like({ asymmetricKeyType: 'ml-dsa-65' }))).toBe('ML-DSA-65')
  })
})

/** A certificate's DER with everything but the key algorithm left empty; v3 has the [0] version field. */
function certificateWithKeyAlgorithm(dotted: string, version: 'v1' | 'v3'): Buffer {
  const empty = sequenceOf()
  const spki = sequenceOf(sequenceOf(oidBytes(dotted)), tlv(0x03, Buffer.from([0, 1])))
  const fields = [integer(7), empty, empty, empty, empty, spki]
  const tbs = sequenceOf(...(version === 'v3' ? [tlv(0xa0, integer(2))] : []), ...fields)
  return sequenceOf(tbs, empty, tlv(0x03, Buffer.from([0])))
}

describe('certificateKeyAlgorithm', () => {
  it.each(['v1', 'v3'] as const)('names GOST and SM2 keys and gives the OID of others (%s certificate)', (version) => {
    expect(certificateKeyAlgorithm(certificateWithKeyAlgorithm('1.2.643.7.1.1.1.1', version))).toBe('GOST R 34.10-2012 (256 bit) (OID 1.2.643.7.1.1.1.1)')
    expect(certificateKeyAlgorithm(certificateWithKeyAlgorithm('1.2.156.10197.1.301', version))).toBe('SM2 (OID 1.2.156.10197.1.301)')
    expect(certificateKeyAlgorithm(certificateWithKeyAlgorithm('1.2.3.4.5', version))).toBe('OID 1.2.3.4.5')
  })

  it('says so when the DER cannot be read', () => {
    expect(certificateKeyAlgorithm(Buffer.from('not der'))).toBe('an algorithm that could not be read')
    expect(certificateKeyAlgorithm(sequenceOf(sequenceOf(integer(1))))).toBe('an algorithm that could not be read')
  })
})

describe('pkcs8KeyAlgorithm', () => {
  it('names the algorithm of an unencrypted PKCS#8 key, or gives undefined for what is not one', () => {
    const gost = sequenceOf(integer(0), sequenceOf(oidBytes('1.2.643.2.2.19')), tlv(0x04, Buffer.from([1])))
    expect(pkcs8KeyAlgorithm(gost)).toBe('GOST R 34.10-2001 (OID 1.2.643.2.2.19)')
    expect(pkcs8KeyAlgorithm(Buffer.from('not der'))).toBeUndefined()
    expect(pkcs8KeyAlgorithm(sequenceOf(integer(0), integer(1)))).toBeUndefined()
  })
})

describe('pkcs8Encryption', () => {
  const rsaKey = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const encryptedDer = (args: string[]) => openssl(['pkcs8', '-topk8', '-outform', 'DER', '-passout', 'pass:pw', ...args], { input: rsaKey })

  it('names PBES2 ciphers, the PKCS#12 schemes and legacy ciphers Node cannot load', () => {
    const aes = encryptedDer(['-v2', 'aes-256-cbc'])
    expect(pkcs8Encryption(aes)).toBe('PBES2/aes-256-cbc')
    expect(pkcs8Encryption(encryptedDer(['-v1', 'PBE-SHA1-3DES']))).toBe('pbeWithSHAAnd3-KeyTripleDES-CBC')
    // des-cbc and PBES1 with SHA-1 and DES are only in OpenSSL 3's legacy provider, as in Node.
    expect(pkcs8Encryption(encryptedDer(['-v2', 'des-cbc', '-provider', 'legacy', '-provider', 'default']))).toBe('PBES2/des-cbc')
    expect(pkcs8Encryption(encryptedDer(['-v1', 'PBE-SHA1-DES', '-provider', 'legacy', '-provider', 'default']))).toBe('pbeWithSHA1AndDES-CBC')
    // Node itself reads what the first two name.
    expect(createPrivateKey({ key: aes, format: 'der', type: 'pkcs8', passphrase: 'pw' }).asymmetricKeyType).toBe('rsa')
  })

  it('gives undefined for what is not an EncryptedPrivateKeyInfo', () => {
    expect(pkcs8Encryption(Buffer.from('not der'))).toBeUndefined()
    expect(pkcs8Encryption(sequenceOf())).toBeUndefined()
    expect(pkcs8Encryption(sequenceOf(integer(1)))).toBeUndefined()
  })
})
