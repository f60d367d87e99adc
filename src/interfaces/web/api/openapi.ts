/** The OpenAPI 3.1 description of /api/v1; a test checks it lists every route and that each answers. */
import { SCHEMAS, ref } from './openapi-schemas.js';

const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const ERRORS = { '400': json(ref('Error'), 'A parameter is not valid'), '404': json(ref('Error'), 'Nothing with that id') };
const idParam = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const PAGING = [
  query('limit', 'Items per page (1–100, default 20)', { type: 'integer', minimum: 1, maximum: 100 }),
  query('offset', 'Items to skip (default 0)', { type: 'integer', minimum: 0 }),
];

const PATHS = {
  '/stories': {
    get: {
      operationId: 'listStories',
      summary: 'Stories, newest first, filtered and paged',
      parameters: [
        query('board', 'Board id, e.g. energy-power'),
        query('tag', 'Tag id'),
        query('region', 'Region id'),
        query('language', 'Language code, e.g. zh'),
        query('outlet', 'Source id'),
        ...PAGING,
      ],
      responses: { '200': json(ref('StoryPage'), 'A page of stories'), '400': ERRORS['400'] },
    },
  },
  '/stories/{id}': {
    get: {
      operationId: 'getStory',
      summary: 'One story with labels and their evidence, and its articles',
      parameters: [idParam('Story id (absorbed ids redirect to the story they joined)')],
      responses: { '200': json(ref('Story'), 'The story'), '404': ERRORS['404'] },
    },
  },
  '/stories/{id}/brief': {
    get: {
      operationId: 'getLatestBrief',
      summary: 'The latest brief of a story',
      parameters: [idParam('Story id')],
      responses: { '200': json(ref('StoredBrief'), 'The brief'), '404': ERRORS['404'] },
    },
  },
  '/stories/{id}/brief/versions': {
    get: {
      operationId: 'listBriefVersions',
      summary: 'Versions of a story’s brief, newest first',
      parameters: [idParam('Story id')],
      responses: {
        '200': json(
          { type: 'object', properties: { storyId: { type: 'string' }, versions: { type: 'array', items: ref('BriefInfo') } } },
          'Versions',
        ),
        '404': ERRORS['404'],
      },
    },
  },
  '/stories/{id}/brief/{version}': {
    get: {
      operationId: 'getBriefVersion',
      summary: 'One version of a story’s brief',
      parameters: [idParam('Story id'), { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      responses: { '200': json(ref('StoredBrief'), 'The brief'), '404': ERRORS['404'] },
    },
  },
  '/sources': {
    get: {
      operationId: 'listSources',
      summary: 'Every source with its health',
      responses: { '200': json({ type: 'object', properties: { items: { type: 'array', items: ref('Source') } } }, 'Sources') },
    },
  },
  '/sources/{id}': {
    get: {
      operationId: 'getSource',
      summary: 'One source with its health',
      parameters: [idParam('Source id')],
      responses: { '200': json(ref('Source'), 'The source'), '404': ERRORS['404'] },
    },
  },
  '/search': {
    get: {
      operationId: 'search',
      summary: 'Stories (titles, labels, briefs) and articles (titles, text) matching the words; Chinese works',
      parameters: [
        { ...query('q', 'Words to search for'), required: true },
        query('limit', 'Most results of each kind (1–100, default 20)', { type: 'integer', minimum: 1, maximum: 100 }),
      ],
      responses: {
        '200': json(
          {
            type: 'object',
            properties: {
              query: { type: 'string' },
              stories: { type: 'array', items: ref('StorySummary') },
              articles: { type: 'array', items: ref('Article') },
            },
          },
          'Results',
        ),
        '400': ERRORS['400'],
      },
    },
  },
  '/openapi.json': {
    get: { operationId: 'getOpenApi', summary: 'This description', responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1 document') } },
  },
} as const;

/** Returns the OpenAPI document, with the server URL under `base`. */
export function openApiDocument(base: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Groundwire API',
      version: '1.0.0',
      description:
        'Stories, verified briefs with citations, sources with health, and search. Read-only; errors are JSON objects with a message.',
    },
    servers: [{ url: `${base}/api/v1` }],
    paths: PATHS,
    components: { schemas: SCHEMAS },
  };
}

/** Paths documented, as written in the document ("/stories/{id}"). */
export const DOCUMENTED_PATHS: readonly string[] = Object.keys(PATHS);
