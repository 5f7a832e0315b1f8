import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Answers a request no route took (outside `/api`). */
export type StaticFallback = (request: FastifyRequest, reply: FastifyReply) => FastifyReply | Promise<FastifyReply>;

/** Hashed build output: its name changes with its content, so it may be kept for a year (RFC 8246). */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, the manifest, icons) is checked on every use, so updates arrive. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built wizard from `appDir` on the same origin as the API. Navigation requests to
 * paths that are not files get `index.html`, because the wizard routes with the history API
 * (`/aanvraag/gehandicaptenparkeerkaart/stap/cardKind` must load the app). Without a build the
 * API still works and pages say plainly that the app is not built.
 *
 * @returns the handler for requests outside `/api` that matched no file.
 */
export async function registerStaticApp(app: FastifyInstance, appDir: string): Promise<StaticFallback> {
  if (!existsSync(path.join(appDir, 'index.html'))) {
    return (_request, reply) =>
      reply
        .code(503)
        .header('cache-control', 'no-store')
        .type('text/plain; charset=utf-8')
        .send('De app is nog niet gebouwd. Voer "npm run build" uit en start de service opnieuw.\nThe app has not been built yet. Run "npm run build" and start the service again.\n');
  }
  const assetsDir = path.join(appDir, 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: appDir,
    prefix: '/',
    index: ['index.html'],
    cacheControl: false,
    // The build writes .br and .gz copies of every text file; send the one the browser accepts.
    preCompressed: true,
    // The app never links to a directory listing or a dotfile.
    list: false,
    dotfiles: 'ignore',
    setHeaders: (reply, file) => {
      reply.header('cache-control', file.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
    },
  });
  return (request, reply) => {
    const last = request.url.split('?')[0]?.split('/').pop() ?? '';
    const isNavigation = (request.method === 'GET' || request.method === 'HEAD') && !last.includes('.');
    if (isNavigation) return reply.header('cache-control', REVALIDATE).sendFile('index.html');
    return reply.code(404).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('Niet gevonden. / Not found.\n');
  };
}
