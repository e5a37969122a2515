// The OpenAPI 3.1 document of the HTTP API, as data. Schemas are JSON Schema
// 2020-12; the API tests validate every answer against the schema declared
// here for its path and status, so this document cannot drift from the code.
import { STAGES, VENUES } from '../core/types.js';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (s: Schema): Schema => (s.$ref ? { oneOf: [s, { type: 'null' }] } : { ...s, type: [s.type, 'null'] });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const strings: Schema = { type: 'array', items: str };
const date: Schema = { type: 'string', description: 'ISO date: 2025, 2025-12 or 2025-12-30' };

/** A closed object: every listed property required unless named in `optional`. */
function object(properties: Record<string, Schema>, optional: readonly string[] = [], open = false): Schema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    ...(open ? {} : { additionalProperties: false }),
  };
}

const KINDS = ['ipo', 'financing', 'valuation', 'financial', 'shareholding', 'market_cap'];

// Contract types (facts, money, sources) stay open: the contract lets fields be added.
const factBase = {
  company: str,
  company_aliases: strings,
  date,
  source: ref('Source'),
  forecast: bool,
};
const factOf = (kind: string, fields: Record<string, Schema>, optional: readonly string[]): Schema =>
  object({ kind: { const: kind }, ...factBase, ...fields }, ['date', 'forecast', ...optional], true);

const schemas: Record<string, Schema> = {
  Error: object({ error: object({ code: str, message: str }) }),
  Stage: { type: 'string', enum: [...STAGES] },
  Venue: { type: 'string', enum: [...VENUES] },
  FactKind: { type: 'string', enum: KINDS },
  Span: object({ start: int, end: int }),
  Money: {
    ...object({ value: num, min: num, max: num, currency: str, qualifier: { enum: ['approx', 'over', 'under'] } }, ['value', 'min', 'max', 'qualifier'], true),
    anyOf: [{ required: ['value'] }, { required: ['min'] }, { required: ['max'] }],
  },
  Source: object({ doc: str, start: int, end: int, quote: str }, [], true),
  Fact: {
    description: 'One fact of the contract (shared/spec/facts.md).',
    oneOf: [
      factOf('ipo', { stage: ref('Stage'), venue: ref('Venue'), sponsors: strings, raise: ref('Money'), standard: str, confidential: bool, price: ref('Money') },
        ['sponsors', 'raise', 'standard', 'confidential', 'price']),
      factOf('financing', { round: str, amount: ref('Money'), post_money: ref('Money'), investors: strings }, ['round', 'amount', 'post_money', 'investors']),
      factOf('valuation', { amount: ref('Money'), basis: { enum: ['pre_money', 'post_money', 'pre_ipo', null] } }, []),
      factOf('financial', { metric: { enum: ['revenue', 'main_revenue', 'net_profit', 'net_profit_attributable', 'net_profit_deducted'] }, period: str, value: ref('Money') }, []),
      factOf('shareholding', { holder: str, percent: num }, []),
      factOf('market_cap', { amount: ref('Money') }, []),
    ],
  },
  SourceRef: object({ articleId: str, title: str, outlet: nullable(str), url: nullable(str), date: str }),
  Evidence: object({ articleId: str, title: str, outlet: nullable(str), url: nullable(str), date: str, factId: int, quote: str, start: int, end: int }),
  ValuationRef: object({ amount: ref('Money'), text: str, date: nullable(str), basis: nullable(str), source: ref('Evidence') }),
  PipelineRow: object({
    companyId: int, company: str, venue: ref('Venue'), stage: ref('Stage'), date: nullable(str), confidential: bool, sponsors: strings,
    raise: nullable(ref('Money')), raiseText: nullable(str), valuation: nullable(ref('ValuationRef')), sources: int,
    latestSource: ref('SourceRef'), evidence: ref('Evidence'),
  }),
  PipelineResponse: object({ rows: { type: 'array', items: ref('PipelineRow') } }),
  CompanySummary: object({ id: int, name: str, aliases: strings, facts: int, articles: int }),
  CompaniesResponse: object({ companies: { type: 'array', items: ref('CompanySummary') } }),
  CompanyAlias: object({ alias: str, key: str, origin: { enum: ['article', 'user'] } }),
  TimelineStep: object({
    stage: ref('Stage'), venue: ref('Venue'), date: nullable(str), sponsors: strings, raise: nullable(str), confidential: bool, forecast: bool, source: ref('Evidence'),
  }),
  RoundEntry: object({
    kind: { enum: ['financing', 'valuation'] }, date: nullable(str), round: nullable(str), amount: nullable(str), postMoney: nullable(str),
    investors: strings, basis: nullable(str), forecast: bool, source: ref('Evidence'),
  }),
  FigureValue: object({ value: ref('Money'), text: str, sources: { type: 'array', items: ref('Evidence') } }),
  FinancialTable: object({
    periods: { type: 'array', items: object({ period: str, label: str }) },
    rows: {
      type: 'array',
      items: object({
        metric: str, label: str, forecast: bool,
        cells: { type: 'object', additionalProperties: { type: 'array', items: ref('FigureValue') } },
      }),
    },
    conflicts: { type: 'array', items: object({ metric: str, period: str, values: { type: 'array', items: ref('FigureValue') } }) },
  }),
  HoldingEntry: object({ holder: str, percent: num, date: nullable(str), source: ref('Evidence') }),
  MarketCapEntry: object({ amount: str, value: ref('Money'), date: nullable(str), source: ref('Evidence') }),
  ProfileFact: object({ id: int, kind: ref('FactKind'), summary: str, fact: ref('Fact'), source: ref('Evidence') }),
  CompanyProfile: object({
    id: int, name: str,
    aliases: { type: 'array', items: ref('CompanyAlias') },
    status: { type: 'array', items: ref('PipelineRow') },
    timeline: { type: 'array', items: ref('TimelineStep') },
    rounds: { type: 'array', items: ref('RoundEntry') },
    valuation: nullable(ref('ValuationRef')),
    financials: ref('FinancialTable'),
    shareholders: { type: 'array', items: ref('HoldingEntry') },
    marketCaps: { type: 'array', items: ref('MarketCapEntry') },
    facts: { type: 'array', items: ref('ProfileFact') },
    articles: int,
  }),
  Script: { enum: ['hans', 'hant', 'mixed', 'unknown'] },
  InputFormat: { enum: ['digest', 'plain', 'jsonl', 'rss', 'atom', 'html'] },
  ArticleSummary: object({
    id: str, title: str, outlet: nullable(str), url: nullable(str), tags: strings, publishedAt: nullable(str),
    file: str, position: int, script: ref('Script'), format: ref('InputFormat'), ingestedAt: str,
  }),
  ArticlesResponse: object({ total: int, limit: int, offset: int, articles: { type: 'array', items: ref('ArticleSummary') } }),
  Message: object({ level: { enum: ['info', 'warning', 'fatal'] }, code: str, reason: str, place: ref('Span') }, ['place']),
  Article: object({
    id: str, text: str, title: str, body: str, titleSpan: ref('Span'), bodySpan: ref('Span'), outlet: nullable(str), url: nullable(str),
    tags: strings, publishedAt: nullable(str), file: str, position: int, script: ref('Script'), format: ref('InputFormat'),
    messages: { type: 'array', items: ref('Message') },
  }),
  ArticleFact: object({
    id: int, kind: ref('FactKind'), companyId: nullable(int), company: str, summary: str, start: int, end: int, quote: str, fact: ref('Fact'),
  }),
  ArticleView: object({ article: ref('Article'), facts: { type: 'array', items: ref('ArticleFact') } }),
  Snippet: object({ text: str, start: int, end: int, highlights: { type: 'array', items: ref('Span') }, before: bool, more: bool }),
  SearchHit: object({ article: ref('ArticleSummary'), matches: { type: 'array', items: ref('Span') }, snippet: ref('Snippet') }),
  SearchResponse: object({ query: str, hits: { type: 'array', items: ref('SearchHit') } }),
  StageChange: object({
    venue: ref('Venue'),
    from: nullable(object({ stage: ref('Stage'), date: nullable(str) })),
    to: object({ stage: ref('Stage'), date: nullable(str) }),
    source: ref('Evidence'),
  }),
  ChangedFact: object({ id: int, kind: ref('FactKind'), summary: str, date: nullable(str), storedAt: str, source: ref('Evidence') }),
  CompanyChanges: object({
    companyId: nullable(int), company: str,
    stageChanges: { type: 'array', items: ref('StageChange') },
    facts: { type: 'array', items: ref('ChangedFact') },
    updated: str,
  }),
  Changes: object({ since: str, companies: { type: 'array', items: ref('CompanyChanges') } }),
  UploadResult: object({ file: str, format: ref('InputFormat'), encoding: str, articlesNew: int, articlesKnown: int, ids: strings, facts: int }),
};

const json = (schema: Schema, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const query = (name: string, description: string, schema: Schema = str, required = false) => ({ name, in: 'query', required, description, schema });
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: str });
const since = query('since', 'on or after this date (2025, 2025-12 or 2025-12-30)');

/** The OpenAPI 3.1 document served at /api/openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'kechuang API',
    version: '0.1.0',
    description: 'Facts read from Chinese sci-tech capital-market news (IPO steps, rounds, valuations, financials, holdings, market caps), each with the quote it rests on. Read-only except POST /api/ingest, which needs the bearer token the server was started with.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/pipeline': {
      get: {
        summary: 'The IPO pipeline: one row per company and venue at its latest step',
        parameters: [
          query('venue', 'only this venue', ref('Venue')),
          query('stage', 'only rows whose latest step is this stage', ref('Stage')),
          since,
        ],
        responses: { 200: json(ref('PipelineResponse'), 'pipeline rows, latest first'), 400: error('unknown venue or stage, or a bad date') },
      },
    },
    '/api/companies': {
      get: { summary: 'Every company with its names and counts', responses: { 200: json(ref('CompaniesResponse'), 'companies') } },
    },
    '/api/companies/{name}': {
      get: {
        summary: 'Everything known about one company',
        parameters: [path('name', 'any name of the company (either script), or #id')],
        responses: { 200: json(ref('CompanyProfile'), 'the company profile'), 404: error('no such company') },
      },
    },
    '/api/articles': {
      get: {
        summary: 'Articles in ingest order',
        parameters: [
          query('tag', 'only articles with this tag (either script)'),
          query('outlet', 'only articles from this outlet (either script)'),
          since,
          query('limit', 'at most this many (1-1000, default 100)', { type: 'integer', minimum: 1, maximum: 1000 }),
          query('offset', 'skip this many', { type: 'integer', minimum: 0 }),
        ],
        responses: { 200: json(ref('ArticlesResponse'), 'a page of article summaries'), 400: error('bad limit, offset or date') },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article with its text and facts (offsets into the text)',
        parameters: [path('id', 'article id, or a prefix only one article has')],
        responses: { 200: json(ref('ArticleView'), 'the article and its facts'), 400: error('the prefix matches several articles'), 404: error('no such article') },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search in either script',
        parameters: [query('q', 'words that must all occur', str, true), query('limit', 'at most this many hits (1-200, default 20)', { type: 'integer', minimum: 1, maximum: 200 })],
        responses: { 200: json(ref('SearchResponse'), 'hits, best first, with snippets'), 400: error('missing query or bad limit') },
      },
    },
    '/api/changes': {
      get: {
        summary: 'New facts and stage changes since a date, per company',
        parameters: [query('since', 'ISO date or datetime', str, true)],
        responses: { 200: json(ref('Changes'), 'changes'), 400: error('missing or bad date') },
      },
    },
    '/api/facts': {
      get: {
        summary: 'Facts export: the contract JSON Lines (default) or CSV',
        parameters: [
          query('company', 'any name of one company'),
          query('kind', 'only this kind', ref('FactKind')),
          since,
          query('format', 'jsonl (default) or csv', { enum: ['jsonl', 'csv'] }),
        ],
        responses: {
          200: {
            description: 'one fact per line (each a Fact), or CSV with a header row',
            content: { 'application/x-ndjson': { schema: str }, 'text/csv': { schema: str } },
          },
          400: error('bad kind, format or date'),
          404: error('no such company'),
        },
      },
    },
    '/api/ingest': {
      post: {
        summary: 'Upload one news file to ingest (needs the server token)',
        security: [{ bearer: [] }],
        parameters: [query('name', 'file name for a raw-body upload (its extension helps detect the format)')],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } }, required: ['file'] } },
            'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
            'text/plain': { schema: str },
          },
        },
        responses: {
          200: json(ref('UploadResult'), 'every article was already stored'),
          201: json(ref('UploadResult'), 'new articles stored'),
          400: error('no file or an empty one'),
          401: error('missing or wrong token'),
          403: error('uploads are off (server started without --token)'),
          413: error('upload larger than the limit (5 MB by default)'),
          422: error('the file cannot be decoded or parsed'),
        },
      },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1 document') } },
    },
    '/feed.atom': {
      get: {
        summary: 'The digest as an Atom feed',
        parameters: [query('tag', 'only this tag'), since, query('script', 'hans or hant', { enum: ['hans', 'hant'] }), query('limit', 'latest N articles (default 50)', int)],
        responses: { 200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: str } } }, 400: error('bad parameter') },
      },
    },
    '/feed.json': {
      get: {
        summary: 'The digest as a JSON Feed 1.1',
        parameters: [query('tag', 'only this tag'), since, query('script', 'hans or hant', { enum: ['hans', 'hant'] }), query('limit', 'latest N articles (default 50)', int)],
        responses: { 200: { description: 'JSON Feed 1.1', content: { 'application/feed+json': { schema: { type: 'object' } } } }, 400: error('bad parameter') },
      },
    },
    '/changes.atom': {
      get: {
        summary: 'Changes (new IPO steps and facts) as an Atom feed',
        parameters: [query('since', 'start date (default: 30 days ago)')],
        responses: { 200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: str } } }, 400: error('bad date') },
      },
    },
  },
  components: {
    schemas,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token given to kechuang serve --token' } },
  },
};
