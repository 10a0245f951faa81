-- The public complaint list: newest-first paging over published complaints, and full-text search
-- of the published (redacted) text with PostgreSQL's Indonesian stemmer. Only published_text is
-- indexed; the restricted original never is.
ALTER TABLE complaint ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('indonesian', coalesce(published_text, ''))) STORED;
CREATE INDEX complaint_search_idx ON complaint USING gin (search);
CREATE INDEX complaint_published_idx ON complaint (received_at, id) WHERE publication = 'PUBLISHED';
