-- Up Migration

-- An event's data is a few kilobytes of JSON: stored as it is, not compressed, since compressing it on every append
-- and decompressing it on every replay costs more CPU than the disk it saves.
ALTER TABLE events SET (toast_tuple_target = 8160);

-- As in 0001, with a fast path for the streams an append creates.
CREATE OR REPLACE FUNCTION append_to_streams(requests jsonb)
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
    -- A new stream written as 'any' or 'no_stream' (every order an import creates) is inserted at its final revision:
    -- no row lock and no update afterwards, which wrote its row three times.
    IF req.expected IN ('any', 'no_stream') AND jsonb_array_length(req.events) > 0 THEN
      INSERT INTO streams (stream_name, revision) VALUES (req.stream, jsonb_array_length(req.events) - 1) ON CONFLICT DO NOTHING;
      IF FOUND THEN
        INSERT INTO events (event_id, stream_name, revision, type, data, metadata)
        SELECT (e.value->>'id')::uuid, req.stream, e.ordinality - 1, e.value->>'type', e.value->'data', e.value->'metadata'
        FROM jsonb_array_elements(req.events) WITH ORDINALITY AS e;
        request_index := req.idx; outcome := 'ok'; actual_revision := -1; next_revision := jsonb_array_length(req.events) - 1;
        commit_position := tx; prepare_position := currval('events_seq');
        RETURN NEXT; CONTINUE;
      END IF;
    END IF;

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
ALTER TABLE events RESET (toast_tuple_target);
CREATE OR REPLACE FUNCTION append_to_streams(requests jsonb)
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
