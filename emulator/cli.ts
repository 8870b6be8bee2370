/**
 * `npm run emulator` (`exec node --import tsx emulator/cli.ts`): runs the emulator until
 * SIGINT/SIGTERM and prints what a shell or a workflow needs to point the action at it. The
 * script execs node, so the signal npm passes on reaches this process, not a tsx wrapper that
 * would leave it running.
 *
 *   --port N          listen on N (default: a free port)
 *   --latency-ms N    add N ms to every request
 *   --env-file PATH   append NAME=value lines to PATH (e.g. "$GITHUB_ENV") once ready:
 *                     NODE_EXTRA_CA_CERTS, EMULATOR_URL, EMULATOR_TENANT_ID, EMULATOR_CLIENT_ID,
 *                     EMULATOR_CLIENT_SECRET, EMULATOR_CLIENT_OBJECT_ID, EMULATOR_OIDC_REQUEST_URL,
 *                     EMULATOR_OIDC_REQUEST_TOKEN. PATH must exist already ($GITHUB_ENV does):
 *                     Node 24 itself checks any `--env-file` on the command line, even after the
 *                     script name, and stops with "not found" when the file is missing.
 *   --write-env PATH  the same, for a file that may not exist yet.
 *   --accept-aes-pkcs12  accept AES-encrypted PKCS#12 in uploadPkcs12
 */
import { appendFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { startEmulator, type Emulator } from './index.js'

const USAGE = 'usage: tsx emulator/cli.ts [--port N] [--latency-ms N] [--env-file PATH | --write-env PATH] [--accept-aes-pkcs12]'

function nonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) {
    process.stderr.write(`--${name} must be a non-negative integer, got '${value}'\n${USAGE}\n`)
    process.exit(2)
  }
  return Number(value)
}

/** Single-quoted for POSIX shells. */
function sq(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/** Environment for the steps after the emulator's: read by workflows and the demo scripts. */
function environment(emu: Emulator): [string, string][] {
  return [
    ['NODE_EXTRA_CA_CERTS', emu.caFile],
    ['EMULATOR_URL', emu.url],
    ['EMULATOR_TENANT_ID', emu.tenantId],
    ['EMULATOR_CLIENT_ID', emu.client.clientId],
    ['EMULATOR_CLIENT_SECRET', emu.client.clientSecret],
    ['EMULATOR_CLIENT_OBJECT_ID', emu.client.objectId],
    // Not ACTIONS_ID_TOKEN_REQUEST_URL itself: overriding the runner's own would break other
    // steps' OIDC. A step maps these onto it when it wants the emulator's GitHub tokens.
    ['EMULATOR_OIDC_REQUEST_URL', emu.github.requestUrl],
    ['EMULATOR_OIDC_REQUEST_TOKEN', emu.github.requestToken],
  ]
}

function banner(emu: Emulator): string {
  const inputs: [string, string][] = [
    ['tenant-id', emu.tenantId],
    ['client-id', emu.client.clientId],
    ['client-secret', emu.client.clientSecret],
    ['graph-endpoint', emu.url],
    ['authority-host', emu.url],
  ]
  return [
    `b2c-keys-action emulator listening on ${emu.url}`,
    `  CA file        ${emu.caFile}`,
    `  tenant         ${emu.tenantId} (alias ${emu.tenantDomain})`,
    `  client id      ${emu.client.clientId}  (application object id ${emu.client.objectId})`,
    `  client secret  ${emu.client.clientSecret}`,
    `  roles          TrustFrameworkKeySet.ReadWrite.All; federated credential for ${emu.github.subject}`,
    `  control API    GET ${emu.url}/_emulator/requests | GET …/state | POST …/faults | POST …/reset`,
    `  process        ${process.pid} (stops on SIGINT or SIGTERM)`,
    '',
    '# shell:',
    ...environment(emu).map(([k, v]) => `export ${k}=${sq(v)}`),
    `export ACTIONS_ID_TOKEN_REQUEST_URL=${sq(emu.github.requestUrl)}`,
    `export ACTIONS_ID_TOKEN_REQUEST_TOKEN=${sq(emu.github.requestToken)}`,
    '# action inputs (bash cannot export hyphenated names; pass them with env):',
    `env ${inputs.map(([k, v]) => sq(`INPUT_${k.toUpperCase()}=${v}`)).join(' ')} INPUT_OPERATION=create-keyset INPUT_KEYSET=Demo node dist/index.js`,
    '',
    '# workflow step `with:`',
    ...inputs.map(([k, v]) => `  ${k}: ${v}`),
    '',
  ].join('\n')
}

async function main(): Promise<void> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        'latency-ms': { type: 'string' },
        'write-env': { type: 'string' },
        'env-file': { type: 'string' },
        'accept-aes-pkcs12': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }))
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`)
    process.exit(2)
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const port = nonNegativeInt('port', values.port)
  const latencyMs = nonNegativeInt('latency-ms', values['latency-ms'])
  const emu = await startEmulator({
    ...(port !== undefined ? { port } : {}),
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(values['accept-aes-pkcs12'] ? { acceptAesPkcs12: true } : {}),
  })
  // Before anything announces the emulator: a signal that arrives before the handlers are in
  // place ends the process at once, without closing it or saying so.
  let closing = false
  const stop = (signal: string): void => {
    if (closing) return
    closing = true
    process.stdout.write(`${signal}: stopping the emulator\n`)
    emu.close().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`${String(e)}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))

  const envFile = values['env-file'] ?? values['write-env']
  if (envFile) await appendFile(envFile, environment(emu).map(([k, v]) => `${k}=${v}\n`).join(''))
  process.stdout.write(banner(emu))
  process.stdout.write(`ready ${emu.url}\n`)
}

main().catch((e: unknown) => {
  process.stderr.write(`emulator failed to start: ${e instanceof Error ? e.message : String(e)}\n`)
  process.exit(1)
})
