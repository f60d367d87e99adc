/** Versioned schema migrations; the database's user_version records the last one applied. */

/** Ordered list: index + 1 is the version a migration brings the database to. Never edit a shipped one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    feed_url TEXT NOT NULL UNIQUE,
    homepage TEXT,
    region TEXT,
    language TEXT,
    boards TEXT NOT NULL DEFAULT '[]',
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,
    refresh_minutes INTEGER,
    created_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    last_check_at TEXT,
    last_success_at TEXT,
    last_error_at TEXT,
    last_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_check_at TEXT
  );
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    url TEXT,
    canonical_url TEXT,
    title TEXT,
    summary TEXT,
    content_html TEXT,
    text TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    categories TEXT NOT NULL DEFAULT '[]',
    language TEXT,
    published TEXT,
    updated TEXT,
    collected_at TEXT NOT NULL,
    sort_time TEXT NOT NULL,
    UNIQUE (source_id, item_key)
  );
  CREATE INDEX articles_sort_time ON articles (sort_time DESC);
  CREATE INDEX articles_canonical_url ON articles (canonical_url);
  CREATE INDEX sources_next_check ON sources (enabled, next_check_at);
  CREATE VIRTUAL TABLE article_search USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 2');
  `,
  `
  ALTER TABLE articles ADD COLUMN byline TEXT;
  ALTER TABLE articles ADD COLUMN site_name TEXT;
  ALTER TABLE articles ADD COLUMN lead_image TEXT;
  ALTER TABLE articles ADD COLUMN body_html TEXT;
  ALTER TABLE articles ADD COLUMN word_count INTEGER;
  ALTER TABLE articles ADD COLUMN partial INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE articles ADD COLUMN text_origin TEXT;
  ALTER TABLE articles ADD COLUMN extracted_at TEXT;
  ALTER TABLE articles ADD COLUMN extraction_attempts INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE articles ADD COLUMN extraction_error TEXT;
  CREATE INDEX articles_pending_extraction ON articles (extracted_at, extraction_attempts);
  CREATE TABLE article_sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence_id)
  );
  `,
  `
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_updated TEXT NOT NULL,
    article_count INTEGER NOT NULL,
    outlet_count INTEGER NOT NULL,
    languages TEXT NOT NULL DEFAULT '[]',
    labels TEXT NOT NULL DEFAULT '[]',
    redirect_to TEXT,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX stories_last_updated ON stories (redirect_to, last_updated DESC);
  CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    duplicate_of TEXT,
    added_at TEXT NOT NULL
  );
  CREATE INDEX story_articles_story ON story_articles (story_id);
  CREATE TABLE story_labels (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    label_id TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (story_id, kind, label_id)
  );
  CREATE INDEX story_labels_lookup ON story_labels (kind, label_id);
  CREATE TABLE story_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    story_id TEXT NOT NULL,
    detail TEXT NOT NULL
  );
  CREATE TABLE briefs (
    story_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    engine TEXT NOT NULL,
    grounded_share REAL,
    body TEXT NOT NULL,
    PRIMARY KEY (story_id, version)
  );
  ALTER TABLE sources ADD COLUMN last_warning TEXT;
  CREATE TABLE pipeline_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  `,
  `
  -- Reader feedback on briefs; client_key is a salted hash of the address, kept for rate limits.
  CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id TEXT NOT NULL,
    brief_version INTEGER,
    kind TEXT NOT NULL CHECK (kind IN ('helpful', 'not-helpful', 'report')),
    reason TEXT CHECK (reason IS NULL OR reason IN ('wrong-fact', 'misleading', 'outdated', 'other')),
    comment TEXT,
    created_at TEXT NOT NULL,
    client_key TEXT NOT NULL
  );
  CREATE INDEX feedback_story ON feedback (story_id, kind);
  CREATE INDEX feedback_client ON feedback (client_key, created_at);
  -- Story search (titles, labels, latest brief): refreshed by the search itself from story_search_state.
  CREATE VIRTUAL TABLE story_search USING fts5 (terms, tokenize = 'unicode61 remove_diacritics 2');
  -- doc is the index row's id: an INTEGER PRIMARY KEY survives VACUUM, a story's implicit rowid may not.
  CREATE TABLE story_search_state (
    doc INTEGER PRIMARY KEY,
    story_id TEXT NOT NULL UNIQUE,
    story_updated_at TEXT NOT NULL,
    brief_version INTEGER NOT NULL
  );
  `,
  `
  -- Paragraphs of an article's text that are its page's standfirst (classify reads them with the lead).
  ALTER TABLE articles ADD COLUMN standfirst INTEGER NOT NULL DEFAULT 0;
  `,
  `
  -- Who a story is about (alias-table ids its headlines name): related stories share them as well as labels.
  CREATE TABLE story_subjects (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    share REAL NOT NULL,
    PRIMARY KEY (story_id, entity_id)
  );
  CREATE INDEX story_subjects_entity ON story_subjects (entity_id);
  `,
  `
  -- When the latest brief was last composed again and came out the same: a story changed in a way its brief does not
  -- show (a copy folded in, a label the brief does not use) is then current, not composed again on every pass.
  ALTER TABLE briefs ADD COLUMN checked_at TEXT;
  `,
];
