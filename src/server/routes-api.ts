/**
 * calque's own API: `POST /api/check` returns the report in the shipped JSON schema, or the HTML,
 * Markdown or text report, or the text with every safe fix applied; `GET /api/rules` lists the
 * rules; `GET /api/health` says the server is up. The body is JSON (`{"text": …}`) or the article
 * itself as text/plain; the verdict is also in the `X-Calque-Verdict` header, for a CMS gate.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatHtml, formatMarkdown, formatText } from '../report/index.js';
import { formatHtmlParts, REPORT_CSP } from '../report/format-html.js';
import { RULES } from '../rules/registry.js';
import { applyFixes } from '../workflow/fixes.js';
import { detectFormat, type InputFormat } from '../workflow/input-format.js';
import { BadRequest } from './languagetool.js';
import { checkLength, type ServerContext } from './context.js';
import { RULE_IDS, requestSettings } from './settings.js';

export const OUTPUTS = ['json', 'html', 'md', 'text', 'fix', 'editor'] as const;
type Output = (typeof OUTPUTS)[number];

interface ApiFields {
  text: string;
  inputFormat?: 'auto' | 'text' | 'markdown' | 'html';
  fileName?: string;
  format?: Output;
  disable?: string[];
  only?: string[];
}

const ID_LIST = { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 100 } as const;

const BODY_SCHEMA = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string' },
    inputFormat: { enum: ['auto', 'text', 'markdown', 'html'] },
    fileName: { type: 'string', maxLength: 255 },
    format: { enum: OUTPUTS },
    disable: ID_LIST,
    only: ID_LIST,
  },
} as const;

const QUERY_SCHEMA = {
  type: 'object',
  properties: { format: { enum: OUTPUTS }, inputFormat: { enum: ['auto', 'text', 'markdown', 'html'] } },
} as const;


function unknownRule(ids: readonly string[]): void {
  const bad = ids.find((id) => !RULE_IDS.includes(id));
  if (bad !== undefined) throw new BadRequest(`unknown rule '${bad.slice(0, 100)}' (see GET /api/rules)`);
}

export function apiRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(
    '/api/check',
    {
      schema: { body: BODY_SCHEMA, querystring: QUERY_SCHEMA },
      // The article itself as text/plain: wrapped so the same schema checks it.
      preValidation: async (req) => {
        if (typeof req.body === 'string') req.body = { text: req.body };
      },
    },
    async (req, reply: FastifyReply) => {
      const body = req.body as ApiFields;
      const query = req.query as { format?: Output; inputFormat?: ApiFields['inputFormat'] };
      const output: Output = query.format ?? body.format ?? 'json';
      const label = body.fileName ?? 'article';
      const inputFormat: InputFormat = detectFormat(label, query.inputFormat ?? body.inputFormat ?? 'auto');
      if (body.text.trim() === '') throw new BadRequest("'text' is empty");
      checkLength(ctx, body.text);
      const disable = body.disable ?? [];
      const only = body.only ?? [];
      unknownRule([...disable, ...only]);

      const result = await ctx.pool.run({ label, text: body.text, format: inputFormat }, requestSettings(ctx.config, { disable, only }));
      const report = result.report;
      void reply.header('x-calque-verdict', report.verdict);
      switch (output) {
        case 'json':
          return reply.type('application/json; charset=utf-8').send(JSON.stringify(report));
        case 'html':
          return reply.type('text/html; charset=utf-8').header('content-security-policy', REPORT_CSP).send(formatHtml(report, body.text, { label }));
        case 'md':
          return reply.type('text/markdown; charset=utf-8').send(formatMarkdown(report, body.text, { label }));
        case 'text':
          return reply.type('text/plain; charset=utf-8').send(formatText(report, { label, color: false }));
        case 'fix':
          return reply.type('text/plain; charset=utf-8').send(applyFixes(body.text, report.findings).text);
        case 'editor':
          // The editor page's view: the report and its escaped HTML pieces, laid out by the page.
          return reply.type('application/json; charset=utf-8').send(JSON.stringify({ report, html: formatHtmlParts(report, body.text, label) }));
      }
    },
  );

  app.get('/api/rules', async () =>
    RULES.map((r) => ({ id: r.meta.id, category: r.meta.category, severity: r.meta.severity, description: r.meta.description })),
  );
  app.get('/api/health', async () => ({ status: 'ok', name: 'calque', version: ctx.version, workers: ctx.options.workers, threaded: ctx.pool.threaded }));
}
