// Schema migrations: an ordered list that only grows at the end. The index of
// a migration + 1 is its version, kept in SQLite's `user_version`.

/** One schema step, applied once in a transaction. */
export interface Migration {
  readonly name: string;
  readonly sql: string;
}

/** Every migration in order; never edit or reorder one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'articles and their full-text index',
    sql: `
      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        text TEXT NOT NULL,
        title_start INTEGER NOT NULL, title_end INTEGER NOT NULL,
        body_start INTEGER NOT NULL, body_end INTEGER NOT NULL,
        outlet TEXT,
        url TEXT,
        tags TEXT NOT NULL DEFAULT '[]',
        published_at TEXT,
        file TEXT NOT NULL,
        position INTEGER NOT NULL,
        script TEXT NOT NULL,
        format TEXT NOT NULL,
        messages TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL,
        seq INTEGER NOT NULL
      );
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published_at);
      CREATE TABLE article_tags (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
      );
      CREATE INDEX article_tags_tag ON article_tags(tag);
      -- Text kept in Simplified (same length as the original, char by char) so a
      -- query in either script, converted to Simplified, finds both.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        article_id UNINDEXED, title, body, tokenize = 'trigram'
      );
    `,
  },
  {
    name: 'facts and companies',
    sql: `
      CREATE TABLE companies (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      -- key: the alias in Simplified without a trailing legal form, the unit of matching.
      CREATE TABLE company_aliases (
        company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        key TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT 'article',
        PRIMARY KEY (company_id, alias)
      );
      CREATE INDEX company_aliases_key ON company_aliases(key);
      CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        company TEXT NOT NULL,
        company_id INTEGER REFERENCES companies(id),
        stage TEXT,
        venue TEXT,
        date TEXT,
        forecast INTEGER NOT NULL DEFAULT 0,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        quote TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX facts_article ON facts(article_id);
      CREATE INDEX facts_company ON facts(company_id);
      CREATE INDEX facts_kind ON facts(kind);
      -- User corrections (merge, alias, split), replayed after every re-resolution.
      CREATE TABLE company_corrections (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL,
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
];
