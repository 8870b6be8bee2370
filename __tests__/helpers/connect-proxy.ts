/** A loopback HTTP CONNECT proxy, as on a self-hosted runner behind a corporate proxy: records every tunnel. */
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ConnectProxy {
  url: string
  /** `host:port` of every tunnel opened, in order. */
  tunnels: string[]
  /** Local port of each tunnel's upstream connection: what the target sees as the client's port. */
  upstreamPorts: number[]
  close(): Promise<void>
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const upstreamPorts: number[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((_request, response) => response.writeHead(405).end())
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const target = request.url ?? ''
    tunnels.push(target)
    const [host = '', port = '443'] = target.split(/:(?=\d+$)/)
    const upstream = connect(Number(port), host, () => {
      if (upstream.localPort !== undefined) upstreamPorts.push(upstream.localPort)
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => socket.destroy())
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    upstreamPorts,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
