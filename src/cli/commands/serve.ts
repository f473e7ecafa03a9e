import type { Command } from 'commander';
import { DossierError } from '../../core/errors.js';
import { action } from '../run-command.js';
import { storeOptions } from './store-options.js';

interface ServeOptions {
  port: string;
  host: string;
  db?: string;
  pg?: string;
  allowPrivateUrls?: boolean;
  log?: boolean;
  workers: string;
}

export function registerServe(program: Command): void {
  storeOptions(
    program
      .command('serve')
      .description('serve the HTTP API (OpenAPI at /openapi.json) and the web page at /')
      .option('--port <n>', 'port to listen on (0: any free port)', '8080')
      .option('--host <addr>', 'address to bind (loopback unless told otherwise)', '127.0.0.1'),
  )
    .option('--allow-private-urls', 'let /api/extract fetch loopback, private and link-local addresses')
    .option('--log', 'log each request as JSON on stdout')
    .option('--workers <n>', 'threads that extract articles, so a long one never holds other requests (0: in the server thread)', '1')
    .action(
      action(async (opts: ServeOptions) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DossierError('USAGE', `--port ${opts.port}: not a port number (0-65535)`);
        const workers = Number(opts.workers);
        if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new DossierError('USAGE', `--workers ${opts.workers}: expected a whole number from 0 to 64`);
        // Loaded on use: the server (fastify) and the pipeline are no part of `dossier --help`.
        const [{ ThreadedArticleExtractor }, { extractService }, { openStore }, { buildServer, LOOPBACK_HOSTS }] = await Promise.all([
          import('../../app/article-extractor.js'), import('../../app/extract-service.js'), import('../../app/open-store.js'), import('../../server/build-server.js'),
        ]);
        const { store, kind } = await openStore({ db: opts.db, pg: opts.pg });
        const threaded = workers > 0 ? new ThreadedArticleExtractor(workers) : undefined;
        const app = await buildServer({
          extract: threaded ?? extractService(), store, storeKind: kind, allowPrivateUrls: opts.allowPrivateUrls, logger: opts.log,
          // On loopback, only loopback names: a page elsewhere cannot reach us through DNS rebinding.
          allowedHosts: isLoopback(opts.host) ? [...LOOPBACK_HOSTS] : undefined,
        });
        try {
          await app.listen({ port, host: opts.host });
        } catch (err) {
          await threaded?.close();
          await store.close();
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'EADDRINUSE') throw new DossierError('USAGE', `--port ${port}: the port is in use on ${opts.host}`);
          if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new DossierError('USAGE', `--host ${opts.host}: not an address of this machine`);
          throw err;
        }
        const address = app.server.address();
        const actual = typeof address === 'object' && address ? address.port : port;
        const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
        process.stderr.write(`dossier: serving http://${shown}:${actual}/ (store: ${kind}); Ctrl-C stops\n`);
        if (!isLoopback(opts.host)) process.stderr.write(`dossier: warning: listening on ${opts.host}, beyond this machine; the API has no authentication\n`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await app.close();
        await threaded?.close();
        await store.close();
      }),
    );
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
