// ncc copies the `open` package's xdg-open script into dist/ because @azure/identity can open a
// browser for interactive sign-in. The action never signs in interactively, so the script is
// dead weight (and an executable) in a committed bundle.
import { rmSync } from 'node:fs'

rmSync(new URL('../dist/xdg-open', import.meta.url), { force: true })
