// Housekeeping around `ncc build`, in Node so it runs the same on every OS.
//   clean: empty dist/ first, because ncc never deletes files, and a chunk left over from an
//          earlier build would be committed as if it were part of this one.
//   prune: drop the xdg-open script ncc copies from the `open` package: @azure/identity can
//          open a browser for interactive sign-in, which the action never does.
import { rmSync } from 'node:fs'

const dist = new URL('../dist/', import.meta.url)
const step = process.argv[2]
if (step === 'clean') rmSync(dist, { recursive: true, force: true })
else if (step === 'prune') rmSync(new URL('xdg-open', dist), { force: true })
else throw new Error(`usage: node scripts/dist.mjs clean|prune (got ${step})`)
