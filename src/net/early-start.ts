/**
 * The entry chunk's first act: start the run's connections before the heavy part of the bundle
 * (@azure/identity, MSAL, @actions/core: most of the start-up time) is evaluated. It reads the
 * inputs as the runner hands them over (INPUT_* variables, as @actions/core's getInput reads
 * them) and builds the settings, which is pure and cheap; it stays silent on bad input, which
 * run() then reports. @actions/core is not imported here: loading it is part of what this overlaps.
 *
 * What overlaps: a connection reaches the kernel here (name resolved, SYN sent); the TCP handshake
 * then completes while the rest of the bundle is evaluated. TLS needs JavaScript to run, so it
 * starts once evaluation is over (the bench's --rtt shows the round trip this saves).
 */
import { buildSettings, type Settings } from '../settings.js'
import { openEarly } from './early-connections.js'

type Environment = Record<string, string | undefined>

/**
 * Returns the settings it built, so that run() does not build (and decrypt certificates) again;
 * undefined on bad input, which run() then meets and reports itself.
 */
export async function openEarlyFromEnvironment(environment: Environment, now: Date = new Date()): Promise<Settings | undefined> {
  try {
    const read = (name: string): string => (environment[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
    // As the runner adapter decides it: both variables are needed to request an ID token.
    const url = environment['ACTIONS_ID_TOKEN_REQUEST_URL']
    const idTokenUrl = url && environment['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] ? url : undefined
    const settings = buildSettings(read, { idTokenAvailable: idTokenUrl !== undefined }, now)
    await openEarly(settings.connection, idTokenUrl)
    return settings
  } catch {
    // Bad input: run() fails with the message that names it, before any request.
    return undefined
  }
}
