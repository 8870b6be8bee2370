/**
 * From the manifest file to the writes apply may make: the file read from the workspace, each
 * keyset entry's secret or certificate taken from its environment variable (masked at once),
 * and the same KeyWrite the single operation builds. Every problem is found here, before any
 * request, and reported together with its file:line:col.
 */
import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { loadCertificate, readPkcs12 } from '../crypto/certificates.js'
import { privateKeyBlocks } from '../crypto/pem.js'
import { InputError } from '../errors.js'
import { INPUTS } from '../inputs.js'
import { readCertificateRef, type KeyVault, type KeyVaultCertificateRef } from '../keyvault/reference.js'
import { placeText, type ApplicationEntry, type KeysetEntry, type Manifest, type Place } from '../manifest/manifest.js'
import { readManifest } from '../manifest/read-manifest.js'
import type { Log, OperationContext } from './context.js'
import { generation } from './generate-key.js'
import type { DueRule, KeyWrite } from './keyset-write.js'
import { certificateUpload } from './upload-certificate.js'
import { certificateFrom, loadKeyVault } from './sources.js'
import type { SyncKeyVaultCertificate } from './sync-key-vault-certificate.js'
import { pkcs12Upload, warnIfAes } from './upload-pkcs12.js'
import { secretUpload } from './upload-secret.js'

export interface KeysetItem {
  entry: KeysetEntry
  write: KeyWrite
  rule: DueRule
}

/** A keyset entry whose certificate is still in Key Vault: read after every entry was checked. */
export type PendingKeysetItem = KeysetItem | (Omit<KeysetItem, 'write'> & { vaultCertificate: KeyVaultCertificateRef; withKey: boolean })

export interface ApplicationItem {
  entry: ApplicationEntry
  sync: SyncKeyVaultCertificate
}

/**
 * A manifest for a whole tenant is a few hundred lines; the cap keeps a wrong path (a build
 * artefact, a log) from being read whole and parsed before anyone is told.
 */
const MAX_MANIFEST_BYTES = 1024 * 1024

export async function loadManifest(path: string, environment: NodeJS.ProcessEnv, now: Date): Promise<Manifest> {
  const file = resolve(environment['GITHUB_WORKSPACE'] || process.cwd(), path)
  let text: string
  try {
    const { size } = await stat(file)
    if (size > MAX_MANIFEST_BYTES) {
      throw new InputError(INPUTS.manifest, `'${path}' is ${size} bytes; a manifest can be at most 1 MiB (${MAX_MANIFEST_BYTES} bytes), so check the path or split the tenant into several manifests`)
    }
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new InputError(INPUTS.manifest, `cannot read '${path}' (${file}: ${code}); give a path relative to the workspace, and check out the repository first`)
  }
  return readManifest(text, path, now)
}

/**
 * One item per keyset entry, or one InputError naming every entry that cannot be written:
 * a variable not set, a certificate that does not load, a Key Vault entry without a vault.
 */
export function keysetItems(manifest: Manifest, environment: NodeJS.ProcessEnv, vault: KeyVault | undefined, mask: (secret: string) => void, log: Log): PendingKeysetItem[] {
  return collect(manifest.keysets, (entry) => `keyset ${entry.keysetId}`, (entry) => {
    const rule = dueRule(entry)
    const { source } = entry
    if (source.kind === 'key-vault-certificate' || source.kind === 'key-vault-pkcs12') {
      return { entry, rule, vaultCertificate: vaultReference(source.certificate, vault), withKey: source.kind === 'key-vault-pkcs12' }
    }
    return { entry, rule, write: keyWrite(entry, new Variables(environment, mask), log) }
  })
}

/** Key Vault keyset entries: the certificate's public part, or its PFX, read from the vault (reads only). */
export async function readVaultCertificates(context: OperationContext, items: PendingKeysetItem[]): Promise<KeysetItem[]> {
  return Promise.all(items.map(async (item) => ('write' in item ? item : { entry: item.entry, rule: item.rule, write: await vaultWrite(context, item.vaultCertificate, item.withKey) })))
}

async function vaultWrite(context: OperationContext, ref: KeyVaultCertificateRef, withKey: boolean): Promise<KeyWrite> {
  if (!withKey) return certificateUpload(await certificateFrom(context, ref))
  const { readPfxForB2c } = await loadKeyVault(context)
  const pfx = await readPfxForB2c(context, ref)
  return pkcs12Upload(pfx.pkcs12, pfx.password, pfx.certificate)
}

/** Application entries as sync-key-vault-certificate runs (without a proof certificate, the sync's default: the same one). */
export function applicationItems(manifest: Manifest, vault: KeyVault | undefined): ApplicationItem[] {
  return collect(manifest.applications, (entry) => `${entry.target.kind} ${entry.target.id}`, (entry) => {
    const certificate = vaultReference(entry.keyVaultCertificate, vault)
    const proof = entry.proofKeyVaultCertificate === undefined ? undefined : vaultReference(entry.proofKeyVaultCertificate, vault)
    return { entry, sync: { target: entry.target, certificate, proof, removeSupersededAfter: entry.removeSupersededAfter } }
  })
}

/** Runs `make` on every entry; the problems of all entries become one InputError with their places. */
function collect<E extends { place: Place }, T>(entries: E[], label: (entry: E) => string, make: (entry: E) => T): T[] {
  const problems: string[] = []
  const items = entries.flatMap((entry) => {
    try {
      return [make(entry)]
    } catch (error) {
      if (!(error instanceof EntryProblem || error instanceof InputError)) throw error
      const problem = error instanceof InputError ? error.problem : error.message
      problems.push(`${placeText(entry.place)}: ${label(entry)}: ${problem}`)
      return []
    }
  })
  if (problems.length > 0) throw new InputError(INPUTS.manifest, problems.join('; '))
  return items
}

function vaultReference(value: string, vault: KeyVault | undefined): KeyVaultCertificateRef {
  if (vault === undefined) throw new EntryProblem(`the Key Vault certificate '${value}' needs the vault: set the key-vault input`)
  return readCertificateRef(value, vault, INPUTS.manifest)
}

function keyWrite(entry: KeysetEntry, variables: Variables, log: Log): KeyWrite {
  const { source } = entry
  const validity = { notBefore: entry.notBefore, expires: entry.expires }
  switch (source.kind) {
    case 'generate':
      return generation(source.keyType, source.use, validity)
    case 'secret':
      return secretUpload(variables.secret(source.env), source.use, validity)
    case 'certificate': {
      const text = variables.value(source.env)
      // Not a secret, but a private key pasted into it is one: masked before it is refused, as for the certificate input.
      for (const key of privateKeyBlocks(text)) variables.mask(key)
      return certificateUpload(loadCertificate(text, `env ${source.env}`))
    }
    case 'pkcs12': {
      const pkcs12 = variables.secret(source.env).replace(/\s+/g, '')
      const password = source.passwordEnv === undefined ? '' : variables.secret(source.passwordEnv, { emptyAllowed: true })
      const opened = readPkcs12(pkcs12, password, `env ${source.env}`)
      variables.mask(opened.pem)
      warnIfAes(log, opened.encryption)
      return pkcs12Upload(pkcs12, password, opened.certificate)
    }
    case 'key-vault-certificate':
    case 'key-vault-pkcs12':
      throw new Error('Key Vault entries are read by readVaultCertificates')
  }
}

/**
 * The single operations' decision, with apply's rules: an entry without a rotation window is
 * written only when its keyset has no usable key, a certificate already there is never uploaded
 * again, and `upload-again` decides when a secret, whose value B2C never shows, is sent again.
 */
function dueRule(entry: KeysetEntry): DueRule {
  const again = entry.uploadAgain
  if (again.kind === 'always') return { rotateWithin: undefined, withoutWindow: 'always' }
  return {
    rotateWithin: entry.rotateWithin,
    withoutWindow: 'unless-usable',
    renewAfter: again.kind === 'every' ? again.period : undefined,
    skipSameCertificate: true,
  }
}

class EntryProblem extends Error {}

/** The step's environment, where the workflow puts secrets (`env: { X: ${{ secrets.X }} }`). */
class Variables {
  constructor(
    private readonly environment: NodeJS.ProcessEnv,
    readonly mask: (secret: string) => void,
  ) {}

  value(name: string, options: { emptyAllowed?: boolean } = {}): string {
    const value = this.environment[name]
    if (value === undefined || (value.trim() === '' && !options.emptyAllowed)) {
      throw new EntryProblem(`environment variable ${name} is ${value === undefined ? 'not set' : 'empty'}; set it in the step's env: (from secrets.*)`)
    }
    // Trimmed, as the runner trims the secret input of upload-secret.
    return value.trim()
  }

  secret(name: string, options: { emptyAllowed?: boolean } = {}): string {
    this.mask(this.environment[name] ?? '')
    const value = this.value(name, options)
    this.mask(value)
    return value
  }
}
