/**
 * The JSON report of a run that covers a whole tenant (audit, apply): written under RUNNER_TEMP,
 * which the runner empties after the job, and only readable by the runner's user. The path is
 * the step's `report` output, so a later step can upload or parse it.
 */
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Writes `report` as JSON and returns the file's absolute path. `name` is e.g. `audit`. */
export async function writeReportFile(name: string, report: unknown, environment: NodeJS.ProcessEnv = process.env): Promise<string> {
  const directory = environment['RUNNER_TEMP'] || tmpdir()
  // Unique per step: a job may run the action several times into the same RUNNER_TEMP.
  const path = join(directory, `b2c-keys-${name}-${randomBytes(4).toString('hex')}.json`)
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
  return path
}
