/**
 * Manifest text → a checked Manifest, or one InputError listing every problem with its
 * file:line:col. It enforces schema/manifest.schema.json (a test keeps the two in agreement) and
 * the rules a schema cannot say: unparsable dates, duplicate keysets and applications.
 * Written by hand over the YAML syntax tree, not with a schema library, so that every message
 * names its place and the start-up of the action pays for no schema compiler.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { InputError } from '../errors.js'
import { INPUTS } from '../inputs.js'
import { normaliseKeysetId } from '../keyset-id.js'
import type { KeyType, KeyUse } from '../settings.js'
import { DURATION_FORMS, parseDuration, parseInstant, type Duration } from '../time.js'
import { placeText, type ApplicationEntry, type KeysetEntry, type KeySource, type Manifest, type Place, type UploadAgain } from './manifest.js'

const KEYSET_KEYS = [
  'id',
  'generate',
  'secret',
  'certificate',
  'pkcs12',
  'key-vault-certificate',
  'key-vault-pkcs12',
  'key-type',
  'use',
  'not-before',
  'expires',
  'rotate-if-expiring-within',
  'upload-again',
  'create-if-missing',
] as const
const SOURCES = ['generate', 'secret', 'certificate', 'pkcs12', 'key-vault-certificate', 'key-vault-pkcs12'] as const
const CERTIFICATE_SOURCES: readonly string[] = ['certificate', 'pkcs12', 'key-vault-certificate', 'key-vault-pkcs12']
const APPLICATION_KEYS = ['application', 'target', 'key-vault-certificate', 'proof-key-vault-certificate', 'remove-superseded-after'] as const

const KEYSET_NAME = /^[A-Za-z0-9_.-]+$/
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const VAULT_CERTIFICATE = /^[0-9A-Za-z-]{1,127}(?:\/[0-9a-fA-F]{32})?$/
/** More problems than this are cut: the first ones are what the author fixes first anyway. */
const MAX_PROBLEMS = 10

type Fields = Map<string, { key: Node; value: Node | null }>

export function readManifest(text: string, file: string, now: Date): Manifest {
  const checker = new Checker(file)
  const manifest = checker.manifest(text, now)
  if (checker.problems.length > 0 || !manifest) {
    const shown = checker.problems.slice(0, MAX_PROBLEMS)
    const more = checker.problems.length - shown.length
    throw new InputError(INPUTS.manifest, `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`)
  }
  return manifest
}

class Checker {
  readonly problems: string[] = []
  private readonly lines = new LineCounter()

  constructor(private readonly file: string) {}

  manifest(text: string, now: Date): Manifest | undefined {
    const document = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true })
    for (const error of document.errors) {
      const { line, col } = this.lines.linePos(error.pos[0])
      this.problems.push(`${placeText({ file: this.file, line, col })}: ${error.message.split('\n')[0]}`)
    }
    if (this.problems.length > 0) return undefined
    const root = document.contents
    if (root === null || (isScalar(root) && root.value === null)) {
      this.problems.push(`${this.file}:1:1: the manifest is empty; declare keysets or applications`)
      return undefined
    }
    const fields = this.fields(root, 'the manifest', ['keysets', 'applications'])
    if (!fields) return undefined
    if (fields.size === 0) this.fail(root, 'the manifest declares nothing; give keysets or applications')
    const keysets = this.list(fields.get('keysets')?.value, 'keysets').flatMap((item) => this.keyset(item, now) ?? [])
    const applications = this.list(fields.get('applications')?.value, 'applications').flatMap((item) => this.application(item) ?? [])
    this.refuseDuplicates(keysets.map((entry) => [entry.place, entry.keysetId.toLowerCase(), `keyset ${entry.keysetId}`]))
    this.refuseDuplicates(applications.map((entry) => [entry.place, `${entry.target.kind} ${entry.target.id}`, `${entry.target.kind} ${entry.target.id}`]))
    return { file: this.file, keysets, applications }
  }

  private keyset(node: Node, now: Date): KeysetEntry | undefined {
    const fields = this.fields(node, 'a keyset entry', KEYSET_KEYS, LITERAL_SECRET_HINTS)
    if (!fields) return undefined
    const count = this.problems.length
    const idNode = fields.get('id')?.value
    const id = idNode === undefined ? this.fail(node, "a keyset entry needs 'id' (the keyset id, with or without B2C_1A_)") : this.keysetId(idNode)
    const source = this.source(node, fields)
    const declaredType = this.enumOf(fields.get('key-type')?.value, "'key-type'", ['RSA', 'oct'] as const)
    const declaredUse = this.enumOf(fields.get('use')?.value, "'use'", ['sig', 'enc'] as const)
    if (source) this.refuseInnerConflicts(node, fields, source, declaredType)
    const notBefore = this.instant(fields.get('not-before')?.value, "'not-before'", now) ?? now
    const expires = this.instant(fields.get('expires')?.value, "'expires'", notBefore)
    if (expires && expires.getTime() <= notBefore.getTime()) this.fail(fields.get('expires')?.value ?? node, `'expires' (${expires.toISOString()}) is not after not-before (${notBefore.toISOString()})`)
    else if (expires && expires.getTime() <= now.getTime()) this.fail(fields.get('expires')?.value ?? node, `'expires' (${expires.toISOString()}) is in the past: the key would never be usable`)
    const rotateWithin = this.duration(fields.get('rotate-if-expiring-within')?.value, "'rotate-if-expiring-within'")
    const uploadAgain = this.uploadAgain(fields.get('upload-again')?.value)
    const createIfMissing = this.boolean(fields.get('create-if-missing')?.value, "'create-if-missing'") ?? true
    if (this.problems.length > count || id === undefined || !source) return undefined
    return {
      place: this.place(node),
      keysetId: id,
      source: source.kind === 'secret' ? { ...source, use: declaredUse ?? 'sig' } : source,
      notBefore,
      expires,
      rotateWithin,
      uploadAgain,
      createIfMissing,
    }
  }

  /** Exactly one source; its own fields checked. A secret's `use` is filled in by the caller. */
  private source(entry: Node, fields: Fields): KeySource | undefined {
    const given = SOURCES.filter((name) => fields.has(name))
    if (given.length !== 1) {
      const list = SOURCES.join(', ')
      return this.fail(entry, given.length === 0 ? `a keyset entry needs one key source: ${list}` : `a keyset entry takes one key source, not ${given.join(' and ')}`)
    }
    const [kind] = given as [(typeof SOURCES)[number]]
    const node = fields.get(kind)?.value ?? null
    switch (kind) {
      case 'generate': {
        const inner = this.fields(node, "'generate'", ['key-type', 'use'])
        if (!inner) return undefined
        const keyType: KeyType = this.enumOf(inner.get('key-type')?.value, "'generate.key-type'", ['RSA', 'oct'] as const) ?? 'RSA'
        const use: KeyUse = this.enumOf(inner.get('use')?.value, "'generate.use'", ['sig', 'enc'] as const) ?? 'sig'
        return { kind, keyType, use }
      }
      case 'secret':
      case 'certificate': {
        const env = this.envRef(node, `'${kind}'`, ['env'])
        return env && (kind === 'secret' ? { kind, env: env.env, use: 'sig' } : { kind, env: env.env })
      }
      case 'pkcs12': {
        const env = this.envRef(node, "'pkcs12'", ['env', 'password-env'])
        return env && { kind, env: env.env, passwordEnv: env.passwordEnv }
      }
      case 'key-vault-certificate':
      case 'key-vault-pkcs12': {
        const certificate = this.pattern(node, `'${kind}'`, VAULT_CERTIFICATE, "a Key Vault certificate 'name' or 'name/version'")
        return certificate === undefined ? undefined : { kind, certificate }
      }
    }
  }

  /** The contradictions inside one entry that the keyset would refuse later, after other writes. */
  private refuseInnerConflicts(entry: Node, fields: Fields, source: KeySource, declaredType: KeyType | undefined): void {
    const at = (name: string) => fields.get(name)?.key ?? entry
    if (source.kind === 'generate') {
      for (const name of ['key-type', 'use']) if (fields.has(name)) this.fail(at(name), `give '${name}' inside 'generate', not beside it`)
    } else if (source.kind === 'secret' && declaredType === 'RSA') {
      this.fail(at('key-type'), "a secret is an oct key, and this keyset is declared 'key-type: RSA'; a keyset holds one key type")
    } else if (CERTIFICATE_SOURCES.includes(source.kind)) {
      if (declaredType === 'oct') this.fail(at('key-type'), `a certificate is an RSA key, and this keyset is declared 'key-type: oct'; a keyset holds one key type`)
      for (const name of ['use', 'not-before', 'expires']) {
        if (fields.has(name)) this.fail(at(name), `'${name}' does not go with '${source.kind}': the key takes ${name === 'use' ? 'its use from the service' : 'its validity from the certificate'}`)
      }
    }
    if (source.kind !== 'secret' && fields.has('upload-again')) {
      this.fail(at('upload-again'), "'upload-again' is for secrets only: a generated key is never uploaded and a certificate already in the keyset is recognised")
    }
  }

  private application(node: Node): ApplicationEntry | undefined {
    const fields = this.fields(node, 'an application entry', APPLICATION_KEYS)
    if (!fields) return undefined
    const count = this.problems.length
    const idNode = fields.get('application')?.value
    const id = idNode === undefined ? this.fail(node, "an application entry needs 'application' (its object id or appId)") : this.pattern(idNode, "'application'", GUID, 'an object id or appId (GUID)')
    const certificateNode = fields.get('key-vault-certificate')?.value
    const certificate =
      certificateNode === undefined
        ? this.fail(node, "an application entry needs 'key-vault-certificate' (the certificate to keep on it)")
        : this.pattern(certificateNode, "'key-vault-certificate'", VAULT_CERTIFICATE, "a Key Vault certificate 'name' or 'name/version'")
    const proofNode = fields.get('proof-key-vault-certificate')?.value
    const proof = proofNode === undefined ? undefined : this.pattern(proofNode, "'proof-key-vault-certificate'", VAULT_CERTIFICATE, "a Key Vault certificate 'name' or 'name/version'")
    const kind = this.enumOf(fields.get('target')?.value, "'target'", ['application', 'service-principal'] as const) ?? 'application'
    const removeSupersededAfter = this.duration(fields.get('remove-superseded-after')?.value, "'remove-superseded-after'")
    if (this.problems.length > count || id === undefined || certificate === undefined) return undefined
    return { place: this.place(node), target: { kind, id: id.toLowerCase() }, keyVaultCertificate: certificate, proofKeyVaultCertificate: proof, removeSupersededAfter }
  }

  private refuseDuplicates(entries: [Place, string, string][]): void {
    const first = new Map<string, Place>()
    for (const [place, key, label] of entries) {
      const earlier = first.get(key)
      if (earlier) this.problems.push(`${placeText(place)}: ${label} is declared twice (first at line ${earlier.line}); declare each once`)
      else first.set(key, place)
    }
  }

  // ---- value readers: each reports its own problem and returns undefined on failure ----

  private fields(node: Node | null, what: string, accepted: readonly string[], hints: Record<string, string> = {}): Fields | undefined {
    if (node === null || !isMap(node)) return this.fail(node, `${what} must be a mapping of ${accepted.map((key) => `'${key}'`).join(', ')}`)
    const fields: Fields = new Map()
    for (const pair of node.items) {
      const key = pair.key as Node | null
      if (!isScalar(key) || typeof key.value !== 'string') {
        this.fail(key ?? node, `${what} has a key that is not a plain name`)
        continue
      }
      if (!accepted.includes(key.value)) {
        this.fail(key, hints[key.value] ?? `unknown key '${key.value}' in ${what}; accepted: ${accepted.join(', ')}`)
        continue
      }
      const value = pair.value as Node | null
      if (value !== null && isAlias(value)) {
        this.fail(value, 'anchors and aliases are not supported; write the value out')
        continue
      }
      fields.set(key.value, { key, value })
    }
    return fields
  }

  private list(node: Node | null | undefined, what: string): Node[] {
    if (node === undefined) return []
    if (node === null || !isSeq(node) || node.items.length === 0) return this.fail(node, `'${what}' must be a non-empty list of entries`) ?? []
    return node.items.filter((item): item is Node => item !== null && typeof item === 'object')
  }

  /** `{ env: NAME }` (and for pkcs12 `password-env`); a literal value is a secret written down. */
  private envRef(node: Node | null, what: string, accepted: readonly string[]): { env: string; passwordEnv: string | undefined } | undefined {
    if (node !== null && isScalar(node)) return this.fail(node, `${what} must name an environment variable, as { env: NAME }: ${LITERAL_SECRET}`)
    const fields = this.fields(node, what, accepted, { password: `a literal password is refused: name its environment variable with 'password-env'` })
    if (!fields) return undefined
    const envNode = fields.get('env')?.value
    const env = envNode === undefined ? this.fail(node, `${what} needs 'env': the environment variable that holds it`) : this.pattern(envNode, `${what}.env`, ENV_NAME, 'an environment variable name')
    const passwordNode = fields.get('password-env')?.value
    const passwordEnv = passwordNode === undefined ? undefined : this.pattern(passwordNode, `${what}.password-env`, ENV_NAME, 'an environment variable name')
    return env === undefined ? undefined : { env, passwordEnv }
  }

  private keysetId(node: Node | null): string | undefined {
    const value = this.pattern(node, "'id'", KEYSET_NAME, "a keyset id of letters, digits, '_', '-' or '.', e.g. 'FacebookSecret'")
    if (value === undefined) return undefined
    const id = normaliseKeysetId(value)
    return id === 'B2C_1A_' ? this.fail(node, "'id' has nothing after the B2C_1A_ prefix") : id
  }

  private pattern(node: Node | null, what: string, pattern: RegExp, expected: string): string | undefined {
    const value = this.string(node, what)
    if (value === undefined) return undefined
    return pattern.test(value) ? value : this.fail(node, `${what} '${value}' is not ${expected}`)
  }

  private enumOf<T extends string>(node: Node | null | undefined, what: string, accepted: readonly T[]): T | undefined {
    if (node === undefined) return undefined
    const value = this.string(node, what)
    if (value === undefined) return undefined
    const match = accepted.find((option) => option === value)
    return match ?? this.fail(node, `${what} '${value}' is not accepted: one of ${accepted.map((option) => `'${option}'`).join(', ')}`)
  }

  private duration(node: Node | null | undefined, what: string): Duration | undefined {
    if (node === undefined) return undefined
    const value = this.string(node, what)
    if (value === undefined) return undefined
    return parseDuration(value) ?? this.fail(node, `${what} '${value}' is not a duration: give ${DURATION_FORMS}`)
  }

  private uploadAgain(node: Node | null | undefined): UploadAgain {
    if (node === undefined) return { kind: 'when-due' }
    const value = this.string(node, "'upload-again'")
    if (value === 'when-due' || value === 'always') return { kind: value }
    const period = value === undefined ? undefined : parseDuration(value)
    if (period) return { kind: 'every', period }
    if (value !== undefined) this.fail(node, `'upload-again' '${value}' is not accepted: 'when-due', 'always' or a duration (${DURATION_FORMS})`)
    return { kind: 'when-due' }
  }

  private instant(node: Node | null | undefined, what: string, base: Date): Date | undefined {
    if (node === undefined) return undefined
    const value = isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 0 ? String(node.value) : this.string(node, what)
    if (value === undefined) return undefined
    const parsed = parseInstant(value, base)
    return parsed.ok ? parsed.at : this.fail(node, `${what}: ${parsed.problem}`)
  }

  private boolean(node: Node | null | undefined, what: string): boolean | undefined {
    if (node === undefined) return undefined
    if (node !== null && isScalar(node) && typeof node.value === 'boolean') return node.value
    return this.fail(node, `${what} must be true or false`)
  }

  private string(node: Node | null, what: string): string | undefined {
    if (node !== null && isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value.trim()
    return this.fail(node, `${what} must be a non-empty text`)
  }

  private fail(node: Node | null | undefined, message: string): undefined {
    this.problems.push(`${placeText(this.place(node))}: ${message}`)
    return undefined
  }

  private place(node: Node | null | undefined): Place {
    const offset = node?.range?.[0] ?? 0
    const { line, col } = this.lines.linePos(offset)
    return { file: this.file, line, col }
  }
}

const LITERAL_SECRET = "a literal secret is refused; set the variable from secrets.* in the step's env:"

/** Keys people reach for when they put a secret in the file: refused with the way to do it instead. */
const LITERAL_SECRET_HINTS: Record<string, string> = {
  value: `a literal secret ('value') is refused: use 'secret: { env: NAME }'; set the variable from secrets.* in the step's env:`,
  k: `a literal secret ('k') is refused: use 'secret: { env: NAME }'; set the variable from secrets.* in the step's env:`,
  password: "a literal password is refused: use 'pkcs12: { env: NAME, password-env: NAME }'",
}
