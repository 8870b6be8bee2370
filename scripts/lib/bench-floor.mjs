// The floor of the end-to-end comparison: the least a Node process can do to write a secret into
// a keyset. One HTTPS request with node:https (no library, no fetch: fetch loads Node's bundled
// undici on first use), trusting the emulator through NODE_EXTRA_CA_CERTS as the action does.
//
//   BENCH_URL, BENCH_BODY        the Graph request (POST, JSON)
//   BENCH_TOKEN                  a ready access token, or
//   BENCH_TOKEN_URL + BENCH_CLIENT_ID + BENCH_CLIENT_SECRET + BENCH_SCOPE
//                                get one first with one client-credentials request (the
//                                informative "floor + token" row)
//
// Exit 0 on a 2xx answer; otherwise the status and body go to stderr and the exit code is 1.
import { request } from 'node:https'

function send(url, headers, body) {
  return new Promise((resolve, reject) => {
    // agent: false: a connection of its own per request, as with login.microsoftonline.com and
    // graph.microsoft.com, two hosts that can share no connection.
    const req = request(url, { method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(body) }, agent: false }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

async function token() {
  const env = process.env
  if (env.BENCH_TOKEN) return env.BENCH_TOKEN
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: env.BENCH_CLIENT_ID ?? '',
    client_secret: env.BENCH_CLIENT_SECRET ?? '',
    scope: env.BENCH_SCOPE ?? '',
  }).toString()
  const answer = await send(env.BENCH_TOKEN_URL ?? '', { 'Content-Type': 'application/x-www-form-urlencoded' }, form)
  if (answer.status !== 200) fail('token', answer)
  return JSON.parse(answer.text).access_token
}

function fail(what, answer) {
  process.stderr.write(`${what}: HTTP ${answer.status} ${answer.text}\n`)
  process.exit(1)
}

const bearer = await token()
const answer = await send(process.env.BENCH_URL ?? '', { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' }, process.env.BENCH_BODY ?? '')
if (answer.status < 200 || answer.status > 299) fail('graph', answer)
