/**
 * Every error the server answers with: a status and ONE line saying why, never a stack trace or an
 * internal path. LanguageTool routes answer in LanguageTool's manner (plain text "Error: …"), the
 * others as JSON `{ "error": "…" }`.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CalqueError } from '../errors.js';
import { PoolError } from './check-pool.js';
import { BadRequest } from './languagetool.js';

/** A text longer than the server's character limit (the body itself was within its byte limit). */
export class TooLarge extends Error {
  override name = 'TooLarge';
}

export interface HttpFailure {
  status: number;
  message: string;
  /** Seconds, for 503. */
  retryAfter?: number;
}

function oneLine(s: string): string {
  return s.split('\n')[0]!.replace(/\s+/g, ' ').trim().slice(0, 300);
}

export function failureOf(err: unknown, maxBodyBytes: number): HttpFailure {
  if (err instanceof BadRequest || err instanceof CalqueError) return { status: 400, message: oneLine(err.message) };
  if (err instanceof TooLarge) return { status: 413, message: oneLine(err.message) };
  if (err instanceof PoolError) {
    if (err.reason === 'failed') return { status: 500, message: 'internal error: the check failed' };
    return { status: 503, message: oneLine(err.message), retryAfter: err.reason === 'busy' ? 1 : 5 };
  }
  const e = err as Partial<FastifyError>;
  if (e && Array.isArray(e.validation)) return { status: 400, message: oneLine(e.message ?? 'invalid request') };
  if (e?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, message: `the request body is larger than the server's limit of ${maxBodyBytes} bytes` };
  if (e?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return { status: 415, message: 'unsupported content type (send application/json, application/x-www-form-urlencoded or text/plain)' };
  }
  if (e?.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return { status: 400, message: 'the JSON body is empty' };
  if (e?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e instanceof SyntaxError) return { status: 400, message: 'the body is not valid JSON' };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) return { status, message: oneLine(e.message ?? 'bad request') };
  return { status: 500, message: 'internal error' };
}

export function sendFailure(req: FastifyRequest, reply: FastifyReply, f: HttpFailure): FastifyReply {
  if (f.retryAfter !== undefined) void reply.header('retry-after', String(f.retryAfter));
  if (req.url.startsWith('/v2/')) return reply.code(f.status).type('text/plain; charset=utf-8').send(`Error: ${f.message}\n`);
  return reply.code(f.status).type('application/json; charset=utf-8').send({ error: f.message });
}
