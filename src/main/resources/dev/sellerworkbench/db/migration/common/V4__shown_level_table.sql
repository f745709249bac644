-- The level a creator shows (official or projected, with the declining flag) moves out of the
-- wide creator row into a narrow table of its own. The monthly recompute rewrites many shown
-- levels at once; on a million creators, rewriting whole creator rows (and every page of the
-- creator table at commit) made the run six times slower than the judging itself.
CREATE TABLE creator_level_shown (
    creator_id BIGINT      NOT NULL PRIMARY KEY REFERENCES creator (id),
    level      INTEGER,
    level_kind VARCHAR(10) NOT NULL,
    declining  BOOLEAN     NOT NULL DEFAULT FALSE
);

INSERT INTO creator_level_shown (creator_id, level, level_kind, declining)
    SELECT id, level, level_kind, declining FROM creator WHERE level_kind IS NOT NULL;

DROP INDEX IF EXISTS creator_shown;
ALTER TABLE creator DROP COLUMN level;
ALTER TABLE creator DROP COLUMN level_kind;
ALTER TABLE creator DROP COLUMN declining;
