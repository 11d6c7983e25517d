-- Up Migration

-- The event store. Global order is (transaction_id, seq): a reader only reads rows whose transaction id is below the
-- oldest transaction still running (pg_snapshot_xmin), so an event committed late by a slow writer can never land
-- behind a position a reader has already passed. The same technique as Marten and Emmett.

CREATE TABLE streams (
  stream_name    text PRIMARY KEY,
  -- Revision of the last event written; -1 while the stream only has metadata.
  revision       bigint  NOT NULL DEFAULT -1,
  -- Soft-deleted and not written since: reads say "not found".
  is_deleted     boolean NOT NULL DEFAULT false,
  is_tombstoned  boolean NOT NULL DEFAULT false,
  max_age        integer,
  max_count      integer,
  truncate_before bigint,
  custom_metadata jsonb
);

CREATE SEQUENCE events_seq AS bigint CACHE 1;

CREATE TABLE events (
  transaction_id xid8        NOT NULL DEFAULT pg_current_xact_id(),
  seq            bigint      NOT NULL DEFAULT nextval('events_seq'),
  event_id       uuid        NOT NULL,
  stream_name    text        NOT NULL,
  revision       bigint      NOT NULL,
  type           text        NOT NULL,
  data           jsonb       NOT NULL,
  metadata       jsonb       NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (transaction_id, seq),
  UNIQUE (stream_name, revision)
);
CREATE INDEX events_type ON events (type, transaction_id, seq);

-- Appends a batch of requests, each to one stream, each succeeding or failing alone:
-- [{ "stream": text, "expected": "any"|"no_stream"|"stream_exists"|"revision", "revision": bigint,
--    "events": [{ "id", "type", "data", "metadata" }] }]
-- Streams are locked in name order so that concurrent batches touching the same streams cannot deadlock.
CREATE FUNCTION append_to_streams(requests jsonb)
RETURNS TABLE (request_index int, outcome text, actual_revision bigint, next_revision bigint, commit_position bigint, prepare_position bigint)
LANGUAGE plpgsql AS $$
DECLARE
  req        record;
  current    streams%ROWTYPE;
  exists_now boolean;
  accepted   boolean;
  last_seq   bigint;
  new_rev    bigint;
  tx         bigint := pg_current_xact_id()::text::bigint;
BEGIN
  FOR req IN
    SELECT (r.ordinality - 1)::int AS idx, r.value->>'stream' AS stream, r.value->>'expected' AS expected,
           (r.value->>'revision')::bigint AS revision, r.value->'events' AS events
    FROM jsonb_array_elements(requests) WITH ORDINALITY AS r
    ORDER BY r.value->>'stream', r.ordinality
  LOOP
    INSERT INTO streams (stream_name) VALUES (req.stream) ON CONFLICT DO NOTHING;
    SELECT * INTO current FROM streams WHERE stream_name = req.stream FOR UPDATE;

    IF current.is_tombstoned THEN
      request_index := req.idx; outcome := 'deleted'; actual_revision := NULL; next_revision := NULL;
      commit_position := NULL; prepare_position := NULL;
      RETURN NEXT; CONTINUE;
    END IF;

    exists_now := current.revision >= 0 AND NOT current.is_deleted;
    accepted := CASE req.expected
      WHEN 'any' THEN true
      WHEN 'no_stream' THEN NOT exists_now
      WHEN 'stream_exists' THEN exists_now
      ELSE exists_now AND current.revision = req.revision
    END;
    IF NOT accepted THEN
      request_index := req.idx; outcome := 'conflict';
      actual_revision := CASE WHEN exists_now THEN current.revision END;
      next_revision := NULL; commit_position := NULL; prepare_position := NULL;
      RETURN NEXT; CONTINUE;
    END IF;

    IF jsonb_array_length(req.events) = 0 THEN
      request_index := req.idx; outcome := 'ok'; actual_revision := current.revision; next_revision := current.revision;
      commit_position := 0; prepare_position := 0;
      RETURN NEXT; CONTINUE;
    END IF;

    INSERT INTO events (event_id, stream_name, revision, type, data, metadata)
    SELECT (e.value->>'id')::uuid, req.stream, current.revision + e.ordinality, e.value->>'type', e.value->'data', e.value->'metadata'
    FROM jsonb_array_elements(req.events) WITH ORDINALITY AS e;
    new_rev := current.revision + jsonb_array_length(req.events);
    last_seq := currval('events_seq');
    UPDATE streams SET revision = new_rev, is_deleted = false WHERE stream_name = req.stream;

    request_index := req.idx; outcome := 'ok'; actual_revision := current.revision; next_revision := new_rev;
    commit_position := tx; prepare_position := last_seq;
    RETURN NEXT;
  END LOOP;
END;
$$;

-- Down Migration
DROP FUNCTION append_to_streams(jsonb);
DROP TABLE events;
DROP SEQUENCE events_seq;
DROP TABLE streams;
