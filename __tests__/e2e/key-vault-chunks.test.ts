/**
 * Key Vault costs nothing to runs that do not name a vault: with the Key Vault chunks removed
 * from a copy of dist/, a keyset run still succeeds, while a Key Vault run from the same copy
 * fails (so the test can fail).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Emulator } from '../../emulator/index.js'
import { prepareStep, readOutputs, REPO_ROOT } from '../../scripts/lib/run-step.js'
import { emulatorEnv, secretAuthInputs, useEmulator } from '../helpers/emulated-step.js'

let emulator: Emulator
useEmulator((started) => (emulator = started))

const copy = mkdtempSync(join(tmpdir(), 'b2c-keys-dist-'))
afterAll(() => rmSync(copy, { recursive: true, force: true }))

/**
 * The chunks holding the Key Vault SDKs and this project's Key Vault code. The chunks the entry
 * loads at every start (the action's body, which names the Key Vault chunks it may load) are not.
 */
function keyVaultChunks(dir: string): string[] {
  const atStart = [...readFileSync(join(dir, 'index.js'), 'utf8').matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((match) => `${match[1]}.index.js`)
  return readdirSync(dir).filter(
    (name) => /^\d+\.index\.js$/.test(name) && !atStart.includes(name) && /keyvault|listPropertiesOfCertificateVersions/i.test(readFileSync(join(dir, name), 'utf8')),
  )
}

/** Runs dist/index.js of `dir` as a step; asynchronous, since the emulator answers from this process. */
async function runFrom(dir: string, inputs: Record<string, string>): Promise<{ status: number | null; outputs: Record<string, string> }> {
  const step = prepareStep({ ...secretAuthInputs(emulator), ...inputs }, { env: emulatorEnv(emulator) })
  try {
    const child = spawn(process.execPath, [join(dir, 'index.js')], { env: step.env, stdio: 'ignore' })
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { status, outputs: readOutputs(step.outputFile) }
  } finally {
    step.dispose()
  }
}

describe('Key Vault code in its own chunks', () => {
  it('a keyset run does not load them; a Key Vault run does', async () => {
    cpSync(join(REPO_ROOT, 'dist'), copy, { recursive: true })
    const chunks = keyVaultChunks(copy)
    expect(chunks.length).toBeGreaterThanOrEqual(2)
    const loadedAtStart = readdirSync(copy).filter((name) => name.endsWith('.js') && !chunks.includes(name))
    for (const name of loadedAtStart) expect(readFileSync(join(copy, name), 'utf8')).not.toContain('listPropertiesOfCertificateVersions')
    for (const chunk of chunks) rmSync(join(copy, chunk))

    const keyset = await runFrom(copy, { operation: 'upload-secret', keyset: 'NoVault', secret: 'no-vault-secret-1' })
    expect({ status: keyset.status, taken: keyset.outputs['action-taken'] }).toEqual({ status: 0, taken: 'uploaded' })

    const vault = await runFrom(copy, { operation: 'upload-certificate', keyset: 'X', 'key-vault': emulator.keyVault.url, 'key-vault-certificate': 'c' })
    expect(vault.status).toBe(1)
    expect(emulator.requests.filter((request) => request.service === 'keyvault')).toEqual([])
  })
})
