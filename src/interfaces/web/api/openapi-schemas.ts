/** Component schemas of the OpenAPI description: the shapes present.ts returns. */

/** Returns a reference to a component schema. */
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** Returns a schema for a value of `type` or null. */
export const nullable = (type: string) => ({ type: [type, 'null'] });

/** The schemas, by name. */
export const SCHEMAS = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: { type: 'object', required: ['status', 'message'], properties: { status: { type: 'integer' }, message: { type: 'string' } } },
    },
  },
  Label: {
    type: 'object',
    required: ['kind', 'id', 'name', 'score'],
    properties: {
      kind: { enum: ['board', 'tag', 'region', 'audience'] },
      id: { type: 'string' },
      name: { type: 'string' },
      score: { type: 'number' },
      evidence: { type: 'array', items: ref('Evidence') },
    },
  },
  Evidence: {
    type: 'object',
    required: ['articleId', 'sentenceId', 'text'],
    properties: {
      articleId: { type: 'string' },
      sentenceId: { type: 'string' },
      text: { type: 'string' },
      quotationStart: { type: 'string', description: 'The sentences before `text` that open the quotation it ends, when it ends one.' },
    },
  },
  BriefInfo: {
    type: 'object',
    required: ['version', 'createdAt', 'engine'],
    properties: {
      version: { type: 'integer' },
      createdAt: { type: 'string', format: 'date-time' },
      engine: { type: 'string' },
      groundedShare: nullable('number'),
    },
  },
  StorySummary: {
    type: 'object',
    required: ['id', 'title', 'headline', 'url', 'firstSeen', 'lastUpdated', 'articleCount', 'outletCount', 'languages', 'labels'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      headline: { type: 'string' },
      hook: nullable('string'),
      url: { type: 'string', format: 'uri' },
      apiUrl: { type: 'string', format: 'uri' },
      firstSeen: { type: 'string', format: 'date-time' },
      lastUpdated: { type: 'string', format: 'date-time' },
      articleCount: { type: 'integer' },
      outletCount: { type: 'integer' },
      languages: { type: 'array', items: { type: 'string' } },
      labels: { type: 'array', items: ref('Label') },
      brief: { oneOf: [ref('BriefInfo'), { type: 'null' }] },
    },
  },
  Story: {
    allOf: [
      ref('StorySummary'),
      {
        type: 'object',
        required: ['articles'],
        properties: { redirectedFrom: nullable('string'), articles: { type: 'array', items: ref('Article') } },
      },
    ],
  },
  StoryPage: {
    type: 'object',
    required: ['items', 'total', 'limit', 'offset'],
    properties: {
      items: { type: 'array', items: ref('StorySummary') },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      next: nullable('string'),
    },
  },
  Article: {
    type: 'object',
    required: ['id', 'outlet', 'sourceId', 'collectedAt'],
    properties: {
      id: { type: 'string' },
      title: nullable('string'),
      url: nullable('string'),
      outlet: { type: 'string' },
      sourceId: { type: 'string' },
      region: nullable('string'),
      language: nullable('string'),
      published: nullable('string'),
      collectedAt: { type: 'string' },
      summary: nullable('string'),
      duplicateOf: nullable('string'),
    },
  },
  Brief: {
    type: 'object',
    description:
      'Headline, hook, Editor’s Brief, TL;DR, takeaways, implications, quote and timeline; every sentence carries citations (articleId + sentenceIds), and references number the cited articles.',
    required: ['storyId', 'version', 'headline', 'editorsBrief', 'references'],
    additionalProperties: true,
  },
  StoredBrief: {
    allOf: [
      ref('BriefInfo'),
      { type: 'object', required: ['storyId', 'brief'], properties: { storyId: { type: 'string' }, brief: ref('Brief') } },
    ],
  },
  Source: {
    type: 'object',
    required: ['id', 'name', 'feedUrl', 'enabled', 'health'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      feedUrl: { type: 'string' },
      homepage: nullable('string'),
      region: nullable('string'),
      language: nullable('string'),
      boards: { type: 'array', items: { type: 'string' } },
      enabled: { type: 'boolean' },
      disabledReason: nullable('string'),
      refreshMinutes: nullable('integer'),
      createdAt: { type: 'string' },
      health: {
        type: 'object',
        additionalProperties: true,
        description: 'lastCheckAt, lastSuccessAt, lastErrorAt, lastError (a plain sentence), consecutiveFailures, nextCheckAt, lastWarning',
      },
    },
  },
} as const;
