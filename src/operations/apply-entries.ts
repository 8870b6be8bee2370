/**
 * From the manifest file to the writes apply may make: the file read from the workspace, each
 * keyset entry's secret or certificate taken from its environment variable (masked at once),
 * and the same KeyWrite the single operation builds. Every problem is found here, before any
 * request, and reported together with its file:line:col.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { loadCertificate, readPkcs12 } from '../crypto/certificates.js'
import { InputError } from '../errors.js'
import { INPUTS } from '../inputs.js'
import { placeText, type KeysetEntry, type Manifest } from '../manifest/manifest.js'
import { readManifest } from '../manifest/read-manifest.js'
import type { Log } from './context.js'
import { generation } from './generate-key.js'
import type { DueRule, KeyWrite } from './keyset-write.js'
import { certificateUpload } from './upload-certificate.js'
import { pkcs12Upload, warnIfAes } from './upload-pkcs12.js'
import { secretUpload } from './upload-secret.js'

export interface KeysetItem {
  entry: KeysetEntry
  write: KeyWrite
  rule: DueRule
}

export async function loadManifest(path: string, environment: NodeJS.ProcessEnv, now: Date): Promise<Manifest> {
  const file = resolve(environment['GITHUB_WORKSPACE'] || process.cwd(), path)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new InputError(INPUTS.manifest, `cannot read '${path}' (${file}: ${code}); give a path relative to the workspace, and check out the repository first`)
  }
  return readManifest(text, path, now)
}

/** One KeysetItem per keyset entry, or one InputError naming every entry that cannot be written. */
export function keysetItems(manifest: Manifest, environment: NodeJS.ProcessEnv, mask: (secret: string) => void, log: Log): KeysetItem[] {
  const problems: string[] = []
  const items = manifest.keysets.flatMap((entry) => {
    try {
      return [{ entry, write: keyWrite(entry, new Variables(environment, mask), log), rule: dueRule(entry) }]
    } catch (error) {
      if (!(error instanceof EntryProblem || error instanceof InputError)) throw error
      const problem = error instanceof InputError ? error.problem : error.message
      problems.push(`${placeText(entry.place)}: keyset ${entry.keysetId}: ${problem}`)
      return []
    }
  })
  if (problems.length > 0) throw new InputError(INPUTS.manifest, problems.join('; '))
  return items
}

/** Application entries need sync-key-vault-certificate: refused before any request while this build lacks it. */
export function refuseApplications(manifest: Manifest): void {
  const problems = manifest.applications.map(
    (entry) => `${placeText(entry.place)}: ${entry.target.kind} ${entry.target.id}: application entries are not available in this build of the action (they need sync-key-vault-certificate)`,
  )
  if (problems.length > 0) throw new InputError(INPUTS.manifest, problems.join('; '))
}

function keyWrite(entry: KeysetEntry, variables: Variables, log: Log): KeyWrite {
  const { source } = entry
  const validity = { notBefore: entry.notBefore, expires: entry.expires }
  switch (source.kind) {
    case 'generate':
      return generation(source.keyType, source.use, validity)
    case 'secret':
      return secretUpload(variables.secret(source.env), source.use, validity)
    case 'certificate':
      return certificateUpload(loadCertificate(variables.value(source.env), `env ${source.env}`))
    case 'pkcs12': {
      const pkcs12 = variables.secret(source.env).replace(/\s+/g, '')
      const password = source.passwordEnv === undefined ? '' : variables.secret(source.passwordEnv, { emptyAllowed: true })
      const opened = readPkcs12(pkcs12, password, `env ${source.env}`)
      variables.mask(opened.pem)
      warnIfAes(log, opened.encryption)
      return pkcs12Upload(pkcs12, password, opened.certificate)
    }
    case 'key-vault-certificate':
      throw new EntryProblem('key-vault-certificate is not available in this build of the action (it needs Key Vault support); use certificate or pkcs12')
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
