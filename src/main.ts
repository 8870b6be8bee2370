/**
 * run(): inputs → settings → credential → operation → outputs and summary. One try/catch around
 * all of it (writing a failure's summary has its own): whatever fails becomes one `::error::`
 * line that says what to do.
 */
import { cachingCredential, graphTokenProvider } from './auth/token-provider.js'
import { createCredential } from './auth/credential.js'
import { githubIdTokens, reportingClaims } from './auth/github-id-token.js'
import { SignInFailures } from './auth/sign-in-failures.js'
import { signInHttpClient } from './auth/sign-in-http-client.js'
import { privateKeyBlocks } from './crypto/pem.js'
import { explainFailure, UNEXPECTED } from './explain.js'
import { GraphClient } from './graph/client.js'
import { CERTIFICATE_INPUTS, INPUTS, SECRET_INPUTS } from './inputs.js'
import { maskableParts } from './masking.js'
import { runOperation } from './operations/index.js'
import { checkOutputShapes } from './output-shapes.js'
import { failureSummaryOf, outputsOf, summaryOf } from './report.js'
import { actionsRunner, type Runner } from './runner.js'
import { buildSettings, type Settings } from './settings.js'

const USER_AGENT = 'b2c-keys-action/1'

/**
 * `prepared`: the settings the entry chunk already built from the same inputs, after opening the
 * run's connections with them (src/net/early-start.ts); without them, nothing was opened early.
 */
export async function run(runner: Runner = actionsRunner(), now: () => Date = () => new Date(), prepared?: Settings): Promise<void> {
  let settings: Settings | undefined
  try {
    for (const name of SECRET_INPUTS) mask(runner, runner.getInput(name))
    for (const name of CERTIFICATE_INPUTS) for (const key of privateKeyBlocks(runner.getInput(name))) mask(runner, key)
    // Secret inputs are masked above before anything can print; building again would only repeat the work.
    settings = prepared ?? buildSettings(runner.getInput, { idTokenAvailable: runner.idTokenAvailable }, now())
    for (const secret of settings.derivedSecrets) mask(runner, secret)
    for (const notice of settings.notices) runner.info(notice)

    const { connection } = settings
    const secret = (value: string) => mask(runner, value)
    const signInFailures = new SignInFailures()
    const idTokens = runner.idTokenEndpoint ? githubIdTokens(runner.idTokenEndpoint, secret, signInFailures) : noIdToken
    const getIdToken = reportingClaims(idTokens, (claims) => runner.info(`GitHub ID token: iss=${claims.iss} sub=${claims.sub} aud=${claims.aud}`))
    const httpClient = signInHttpClient(secret, signInFailures)
    // One cache for Graph and Key Vault: each scope is asked of the sign-in once per run while its token is valid.
    const credential = cachingCredential(signInFailures.reporting(createCredential(connection, { getIdToken, httpClient })), secret)
    const graph = new GraphClient({
      endpoint: connection.graphEndpoint,
      getToken: graphTokenProvider(credential, connection.graphEndpoint),
      debug: runner.debug,
      userAgent: USER_AGENT,
    })
    runner.info(`${settings.operation.name}${settings.dryRun ? ' (dry run)' : ''} with auth ${connection.auth.method} on ${connection.graphEndpoint}`)

    const context = {
      graph,
      now,
      log: runner,
      dryRun: settings.dryRun,
      mask: secret,
      credential,
      clientId: 'clientId' in connection.auth ? connection.auth.clientId : undefined,
    }
    const result = checkOutputShapes(await runOperation(context, settings.operation))
    runner.debug(`Graph requests sent: ${graph.requestCount}`)
    runner.info(result.detail)
    for (const [name, value] of Object.entries(outputsOf(result))) runner.setOutput(name, value)
    for (const { level, message } of result.annotations ?? []) runner[level](message)
    await runner.writeSummary(summaryOf(settings, result))
    if (result.failure) runner.setFailed(result.failure)
  } catch (error) {
    const explained = explainFailure(error, settings)
    runner.setFailed(explained)
    await writeFailureSummary(runner, failureSummaryOf(settings, runner.getInput(INPUTS.operation), explained))
    // A stack helps only with failures nothing could explain.
    if (explained.startsWith(UNEXPECTED) && error instanceof Error && error.stack) runner.debug(error.stack)
  }
}

/** Settings refuse OIDC without an ID-token endpoint; this only keeps the types honest. */
async function noIdToken(): Promise<string> {
  throw new Error('the job cannot request a GitHub ID token (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN are not set)')
}

const masked = new Set<string>()

function mask(runner: Runner, secret: string): void {
  if (secret.trim() === '') return
  for (const part of maskableParts(secret)) {
    // A token is seen both on the wire and by the token cache: register it once.
    if (masked.has(part)) continue
    masked.add(part)
    runner.setSecret(part)
  }
}

/** The step has already failed with its message: a summary that cannot be written only gets a warning. */
async function writeFailureSummary(runner: Runner, markdown: string): Promise<void> {
  try {
    await runner.writeSummary(markdown)
  } catch (error) {
    runner.warning(`Could not write the step summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}
