/**
 * LanguageTool's public HTTP API: `POST /v2/check` (form or JSON fields, as LanguageTool's clients
 * send them; `GET` with a query string too) and `GET /v2/languages`. Fields calque has no use for
 * (`motherTongue`, `preferredVariants`, `level`, `username`, `apiKey`, …) are accepted and ignored.
 */
import type { FastifyInstance } from 'fastify';
import { RULES } from '../rules/registry.js';
import { BadRequest, annotatedText, commaList, knownRuleIds, LANGUAGES, resolveLanguage, toLanguageToolResponse } from './languagetool.js';
import { checkLength, type ServerContext } from './context.js';
import { RULE_IDS, requestSettings } from './settings.js';

interface CheckFields {
  text?: string;
  data?: string | Record<string, unknown>;
  language?: string;
  enabledRules?: string;
  disabledRules?: string;
  enabledCategories?: string;
  disabledCategories?: string;
  enabledOnly?: string | boolean;
}

const FIELDS_SCHEMA = {
  type: 'object',
  properties: {
    text: { type: 'string' },
    data: { anyOf: [{ type: 'string' }, { type: 'object' }] },
    language: { type: 'string', maxLength: 64 },
    enabledRules: { type: 'string', maxLength: 10_000 },
    disabledRules: { type: 'string', maxLength: 10_000 },
    enabledCategories: { type: 'string', maxLength: 10_000 },
    disabledCategories: { type: 'string', maxLength: 10_000 },
    enabledOnly: { anyOf: [{ type: 'string' }, { type: 'boolean' }] },
  },
} as const;

const DESCRIPTIONS = new Map(RULES.map((r) => [r.meta.id, r.meta.description]));

export function languageToolRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const handler = async (fields: CheckFields): Promise<Record<string, unknown>> => {
    const language = resolveLanguage(fields.language ?? 'auto');
    let original: string;
    let masked: string;
    if (fields.text !== undefined && fields.data !== undefined) throw new BadRequest("send either 'text' or 'data', not both");
    if (fields.text !== undefined) original = masked = fields.text;
    else if (fields.data !== undefined) ({ original, masked } = annotatedText(typeof fields.data === 'string' ? fields.data : JSON.stringify(fields.data)));
    else throw new BadRequest("missing 'text' or 'data' parameter");
    checkLength(ctx, original);

    const enabledOnly = fields.enabledOnly === true || fields.enabledOnly === 'true';
    const enabled = knownRuleIds(commaList(fields.enabledRules), RULE_IDS);
    const disabled = knownRuleIds(commaList(fields.disabledRules), RULE_IDS);
    const disabledCategories = new Set(commaList(fields.disabledCategories).map((c) => c.toUpperCase()));
    const enabledCategories = commaList(fields.enabledCategories).map((c) => c.toUpperCase());
    if (enabledOnly && enabled.length === 0 && enabledCategories.length === 0) {
      throw new BadRequest("enabledOnly=true needs 'enabledRules' or 'enabledCategories' naming calque rules (see GET /api/rules)");
    }
    const settings = requestSettings(ctx.config, { disable: disabled, only: enabledOnly ? enabled : [] });
    const result = await ctx.pool.run({ label: 'text', text: masked, format: 'text' }, settings);
    const response = toLanguageToolResponse(result.report, original, language, DESCRIPTIONS, disabledCategories);
    if (enabledOnly && enabledCategories.length > 0) {
      const keep = new Set(enabledCategories);
      response['matches'] = (response['matches'] as { rule: { id: string; category: { id: string } } }[]).filter(
        (m) => keep.has(m.rule.category.id) || enabled.includes(m.rule.id),
      );
    }
    return response;
  };

  app.post('/v2/check', { schema: { body: FIELDS_SCHEMA } }, async (req) => handler(req.body as CheckFields));
  app.get('/v2/check', { schema: { querystring: FIELDS_SCHEMA } }, async (req) => handler(req.query as CheckFields));
  app.get('/v2/languages', async () => LANGUAGES);
}
