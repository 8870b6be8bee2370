// The entry chunk stays small: it starts the run's connections, then loads the rest of the action.
import { openEarlyFromEnvironment } from './net/early-start.js'

const settings = await openEarlyFromEnvironment(process.env)
const { run } = await import('./main.js')
await run(undefined, undefined, settings)
