import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { writeReportFile } from '../../src/report-file.js'

let runnerTemp: string
beforeAll(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'))
})
afterAll(async () => {
  await rm(runnerTemp, { recursive: true, force: true })
})

describe('writeReportFile', () => {
  it('writes the JSON under RUNNER_TEMP, readable by the owner only, and returns its path', async () => {
    const path = await writeReportFile('audit', { counts: { ok: 1 } }, { RUNNER_TEMP: runnerTemp })
    expect(dirname(path)).toBe(runnerTemp)
    expect(path).toMatch(/b2c-keys-audit-[0-9a-f]{8}\.json$/)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ counts: { ok: 1 } })
    expect((await stat(path)).mode & 0o777).toBe(0o600)
  })

  it('gives each run of a job its own file', async () => {
    const a = await writeReportFile('apply', {}, { RUNNER_TEMP: runnerTemp })
    const b = await writeReportFile('apply', {}, { RUNNER_TEMP: runnerTemp })
    expect(a).not.toBe(b)
  })
})
