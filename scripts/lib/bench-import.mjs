// Time to import one module alone, in a fresh Node process: `node bench-import.mjs <specifier>`
// prints the milliseconds `await import()` took (resolution, loading, compiling, evaluating).
// Without an argument it imports nothing and prints 0: the process then measures Node's own start.
const specifier = process.argv[2]
const started = performance.now()
if (specifier) await import(specifier)
process.stdout.write(`${performance.now() - started}\n`)
