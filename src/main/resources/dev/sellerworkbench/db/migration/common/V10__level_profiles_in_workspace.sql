-- Level rule profiles kept in the workspace, not as a path to a file on one desktop: a profile
-- installed or edited in Settings (or with `levels profile import`) is stored here as its JSON
-- document (docs/level-profiles.md), so every colleague of a team workspace judges creators with
-- the same thresholds. A profile with no row here is the shipped one. version guards against a
-- lost update (a save names the version it was read at); every change is in the audit log too.
CREATE TABLE level_profile (
    id       VARCHAR(40)     PRIMARY KEY,
    body     VARCHAR(200000) NOT NULL,
    version  INTEGER         NOT NULL DEFAULT 0,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by VARCHAR(200)
);
