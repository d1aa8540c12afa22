// Free TCP ports on 127.0.0.1. The OS picks the port (listen on 0), so concurrent runs on the
// same machine get different ones; the small window before the server binds is covered by the
// launcher retrying when its own server reports the port taken.
import * as net from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port'))));
    });
  });
}
