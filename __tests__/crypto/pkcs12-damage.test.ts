/**
 * Damaged PKCS#12 files, made from files openssl wrote: every structure the reader walks is
 * checked, and a damaged one is refused with an error that names it (not a crash, not a key).
 * Algorithms the reader does not implement are named too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { type Asn1, parseDer } from '../../src/crypto/der.js'
import { parsePkcs12, Pkcs12Error } from '../../src/crypto/pkcs12.js'
import { swapped, tlv } from '../helpers/der-builder.js'
import { type SelfSignedCert, makePfx, makeSelfSignedCert, removeTempDirs } from '../helpers/openssl.js'

const PASSWORD = 'Damage-Pass-7'
let leaf: SelfSignedCert

beforeAll(() => {
  leaf = makeSelfSignedCert({ commonName: 'damage' })
})
afterAll(removeTempDirs)

const pfx = (options: { legacy?: boolean; args?: string[] }) => Buffer.from(makePfx(leaf.certPem, leaf.keyPem, PASSWORD, options), 'base64')

/**
 * The same file without its MacData: openssl's -nomac also leaves the certificates unencrypted,
 * so this is how damage to the encrypted safes gets past the MAC to the structures below it.
 */
function withoutMac(file: Buffer): Buffer {
  const [version, authSafe] = parseDer(file).children
  return tlv(0x30, Buffer.concat([version!.encoded, authSafe!.encoded]))
}

/** Every element of the file, with the DER held in OCTET STRINGs (the safes, the bags) opened too. */
function elements(root: Asn1): Asn1[] {
  const inner = (element: Asn1): Asn1[] => {
    if (element.constructed || element.content.length < 2) return []
    try {
      return [parseDer(element.content)]
    } catch {
      return []
    }
  }
  return [root, ...[...root.children, ...inner(root)].flatMap(elements)]
}

/** A copy of `file` with the tag of `element` changed into a neighbouring one (SEQUENCE→SET, OID→ObjectDescriptor, …). */
function retagged(file: Buffer, element: Asn1): Buffer {
  const at = element.encoded.byteOffset - file.byteOffset
  const copy = Buffer.from(file)
  copy[at] = copy[at]! ^ 0x01
  return copy
}

/** The messages of parsing every one-element damage of `file`. */
function damageMessages(file: Buffer): string[] {
  const source = Buffer.from(file)
  return elements(parseDer(source))
    // A tag number 30 would become 31, the escape for high tag numbers, which is refused before any structure is named.
    .filter((element) => (element.encoded[0]! & 0x1f) !== 0x1e)
    .flatMap((element) => {
      try {
        parsePkcs12(retagged(source, element), PASSWORD)
        return []
      } catch (error) {
        // Anything but a Pkcs12Error (a TypeError, a RangeError) would be a crash on hostile input.
        if (!(error instanceof Pkcs12Error)) throw error
        return [error.message]
      }
    })
}

/** 'MAC salt: expected an OCTET STRING', … : which structure failed and what it should have been. */
function namedStructures(messages: string[]): Set<string> {
  return new Set(messages.flatMap((message) => [...message.matchAll(/\(([^():]+: expected [^()]+)\)/g)].map((match) => match[1]!)))
}

/** Structures of the PFX itself, outside the MAC. */
const ENVELOPE = [
  'PFX version: expected an INTEGER',
  'PFX: expected a SEQUENCE',
  'authSafe content type: expected an OBJECT IDENTIFIER',
  'authSafe content: expected [0]',
  'authSafe content: expected an OCTET STRING',
  'authSafe: expected a SEQUENCE',
]

/** The MacData structures. */
const MAC = [
  'MAC DigestInfo: expected a SEQUENCE',
  'MAC algorithm: expected a SEQUENCE',
  'MAC algorithm: expected an OBJECT IDENTIFIER',
  'MAC digest: expected an OCTET STRING',
  'MAC iterations: expected an INTEGER',
  'MAC salt: expected an OCTET STRING',
  'MacData: expected a SEQUENCE',
]

/** The AuthenticatedSafe, its ContentInfos and their bags, in any file. */
const SAFES = [
  'AuthenticatedSafe: expected a SEQUENCE',
  'ContentInfo type: expected an OBJECT IDENTIFIER',
  'ContentInfo: expected a SEQUENCE',
  'SafeBag type: expected an OBJECT IDENTIFIER',
  'SafeBag value: expected [0]',
  'SafeBag: expected a SEQUENCE',
  'SafeContents: expected a SEQUENCE',
  'data: expected [0]',
  'data: expected an OCTET STRING',
]

/** An encrypted safe and a shrouded key bag, whatever the scheme. */
const ENCRYPTED = [
  'EncryptedContentInfo: expected a SEQUENCE',
  'EncryptedData: expected a SEQUENCE',
  'EncryptedPrivateKeyInfo: expected a SEQUENCE',
  'encryptedContent: expected [0]',
  'encryptedData: expected [0]',
  'encryptedData: expected an OCTET STRING',
  'encryption algorithm: expected a SEQUENCE',
  'encryption algorithm: expected an OBJECT IDENTIFIER',
]

/** PBES2 with PBKDF2 (AES). */
const PBES2 = [
  'PBES2 IV: expected an OCTET STRING',
  'PBES2 encryption scheme: expected a SEQUENCE',
  'PBES2 encryption scheme: expected an OBJECT IDENTIFIER',
  'PBES2 key derivation: expected a SEQUENCE',
  'PBES2 key derivation: expected an OBJECT IDENTIFIER',
  'PBES2 parameters: expected a SEQUENCE',
  'PBKDF2 PRF: expected an OBJECT IDENTIFIER',
  'PBKDF2 iterations: expected an INTEGER',
  'PBKDF2 parameters: expected a SEQUENCE',
  'PBKDF2 salt: expected an OCTET STRING',
]

/** The PKCS#12 PBE schemes of a -legacy file (3DES key, RC2 certificates). */
const PKCS12_PBE = [
  'pbeWithSHAAnd3-KeyTripleDES-CBC iterations: expected an INTEGER',
  'pbeWithSHAAnd3-KeyTripleDES-CBC parameters: expected a SEQUENCE',
  'pbeWithSHAAnd3-KeyTripleDES-CBC salt: expected an OCTET STRING',
  'pbeWithSHAAnd40BitRC2-CBC iterations: expected an INTEGER',
  'pbeWithSHAAnd40BitRC2-CBC parameters: expected a SEQUENCE',
  'pbeWithSHAAnd40BitRC2-CBC salt: expected an OCTET STRING',
]

/** A certificate bag in clear. */
const CERTIFICATE_BAG = [
  'CertBag type: expected an OBJECT IDENTIFIER',
  'CertBag value: expected [0]',
  'CertBag value: expected an OCTET STRING',
  'CertBag: expected a SEQUENCE',
]

describe('a damaged PKCS#12 file', () => {
  // Each structure with what it should have been: a structure checked twice (a SEQUENCE holding an
  // OID) shows twice, so every check is seen to name its own structure.
  it('with a MAC: the envelope and the MAC structures are named, and damage under the MAC fails the MAC', () => {
    const messages = damageMessages(pfx({ args: ['-macalg', 'sha256'] }))
    expect([...namedStructures(messages)].sort()).toEqual([...ENVELOPE, ...MAC].sort())
    expect(messages).toContain('the PKCS#12 MAC does not verify with this password')
  })

  it('without a MAC, AES (PBES2): every structure down to the PBKDF2 parameters is named', () => {
    expect([...namedStructures(damageMessages(withoutMac(pfx({}))))].sort()).toEqual([...ENVELOPE, ...SAFES, ...ENCRYPTED, ...PBES2].sort())
  })

  it('without a MAC, legacy (3DES key, RC2 certificates): the PKCS#12 PBE parameters are named', () => {
    expect([...namedStructures(damageMessages(withoutMac(pfx({ legacy: true }))))].sort()).toEqual([...ENVELOPE, ...SAFES, ...ENCRYPTED, ...PKCS12_PBE].sort())
  })

  it('without a MAC, nothing encrypted: the bags are named', () => {
    expect([...namedStructures(damageMessages(pfx({ args: ['-nomac', '-certpbe', 'NONE', '-keypbe', 'NONE'] })))].sort()).toEqual([...ENVELOPE, ...SAFES, ...CERTIFICATE_BAG].sort())
  })

  it('a key bag that holds no PKCS#8 key is malformed, not a wrong password', () => {
    const messages = damageMessages(pfx({ args: ['-nomac', '-certpbe', 'NONE', '-keypbe', 'NONE'] }))
    expect(messages).toContain('the PKCS#12 file is malformed (keyBag does not hold a PKCS#8 private key)')
  })
})

const DER_OID = {
  data: '06092a864886f70d010701',
  signedData: '06092a864886f70d010702',
  envelopedData: '06092a864886f70d010703',
  sha256: '0609608648016503040201',
  sha256Unknown: '0609608648016503040209',
  pbmac1: '06092a864886f70d01050e',
}

describe('what the reader does not implement is named', () => {
  const failure = (file: Buffer) => {
    try {
      parsePkcs12(file, PASSWORD)
    } catch (error) {
      if (error instanceof Pkcs12Error) return { reason: error.reason, message: error.message }
      throw error
    }
    throw new Error('parsed')
  }

  it('public-key integrity (signedData)', () => {
    expect(failure(swapped(pfx({}), DER_OID.data, DER_OID.signedData))).toEqual({
      reason: 'unsupported',
      message: 'the PKCS#12 file uses public-key integrity (signedData), which is not supported',
    })
  })

  it('a PBMAC1 MAC and an unknown MAC digest', () => {
    const file = pfx({ args: ['-macalg', 'sha256'] })
    expect(failure(swapped(file, DER_OID.sha256, DER_OID.pbmac1))).toEqual({
      reason: 'unsupported',
      message: 'the PKCS#12 file uses an unsupported algorithm (PBMAC1 integrity (RFC 9579))',
    })
    expect(failure(swapped(file, DER_OID.sha256, DER_OID.sha256Unknown))).toEqual({
      reason: 'unsupported',
      message: 'the PKCS#12 file uses an unsupported algorithm (MAC digest 2.16.840.1.101.3.4.2.9)',
    })
  })

  it('public-key privacy (envelopedData) for a safe', () => {
    // The outer data OID comes first; the safe's own ContentInfo is the second occurrence.
    const file = pfx({ args: ['-nomac', '-certpbe', 'NONE', '-keypbe', 'NONE'] })
    const outer = file.indexOf(Buffer.from(DER_OID.data, 'hex'))
    const inner = file.indexOf(Buffer.from(DER_OID.data, 'hex'), outer + 1)
    const copy = Buffer.from(file)
    Buffer.from(DER_OID.envelopedData, 'hex').copy(copy, inner)
    expect(failure(copy)).toEqual({ reason: 'unsupported', message: 'the PKCS#12 file uses an unsupported algorithm (content type 1.2.840.113549.1.7.3)' })
  })
})
