/**
 * The HTTP server: fastify (its schemas are validated with ajv), LanguageTool's API, calque's API
 * and the editor's page, with the limits of a real service: a body limit (413), a per-request
 * timeout and a bounded queue (503), one-line errors and no stack traces, CORS off unless asked.
 */
import cors from '@fastify/cors';
import formbody from '@fastify/formbody';
import Fastify, { errorCodes, type FastifyInstance } from 'fastify';
import { failureOf, sendFailure } from './errors.js';
import { editorPage } from './page.js';
import { apiRoutes } from './routes-api.js';
import { languageToolRoutes } from './routes-languagetool.js';
import type { ServerContext } from './context.js';

export async function buildApp(ctx: ServerContext): Promise<FastifyInstance> {
  const o = ctx.options;
  const app = Fastify({
    logger: false,
    bodyLimit: o.maxBodyBytes,
    // A client that trickles its body cannot hold a connection longer than a check may take.
    requestTimeout: o.timeoutMs + 10_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { coerceTypes: false, allErrors: false, removeAdditional: false } },
  });
  await app.register(formbody, { bodyLimit: o.maxBodyBytes });
  if (o.cors.length > 0) await app.register(cors, { origin: o.cors.includes('*') ? '*' : o.cors, methods: ['GET', 'POST'] });

  app.addHook('onSend', async (_req, reply) => {
    // A request that was running when the server began to stop: its keep-alive socket would
    // otherwise hold the close until the client drops it.
    if (ctx.lifecycle.closing) void reply.header('connection', 'close');
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
  });
  app.addHook('onRequest', (req, _reply, done) => {
    // A body declared larger than the limit: fastify answers 413 at once and closes the connection
    // while the client is still sending, so the client sees a broken pipe (EPIPE, "fetch failed")
    // instead of the answer. Read and discard the body first, then answer 413 on an open
    // connection; past 16 times the limit the upload is cut off instead of read to its end.
    const declared = Number(req.headers['content-length']);
    if (!(declared > o.maxBodyBytes)) return done();
    const raw = req.raw;
    let seen = 0;
    let answered = false;
    const answer = (): void => {
      if (answered) return;
      answered = true;
      done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    };
    raw.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > o.maxBodyBytes * 16) raw.destroy();
    });
    raw.on('end', answer);
    raw.on('close', answer);
    raw.on('error', answer);
    raw.resume();
  });
  app.setErrorHandler((err, req, reply) => sendFailure(req, reply, failureOf(err, o.maxBodyBytes)));
  app.setNotFoundHandler((req, reply) =>
    sendFailure(req, reply, { status: 404, message: `no such endpoint: ${req.method} ${req.url.split('?')[0]!.slice(0, 100)}` }),
  );

  const page = editorPage(ctx.version);
  app.get('/', async (_req, reply) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', page.csp).header('x-frame-options', 'DENY').send(page.html),
  );
  languageToolRoutes(app, ctx);
  apiRoutes(app, ctx);
  return app;
}
