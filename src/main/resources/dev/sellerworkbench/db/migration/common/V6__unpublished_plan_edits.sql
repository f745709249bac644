-- An edit of a published plan is not stored as the plan until it is published (it must pass
-- validation and is dated for the creators in the plan, R-PLAN-10). Until then the editor keeps
-- it here, as the editor's state in JSON, so that a crash or a closed window does not lose it.
-- One per plan and staff member (in a team workspace a colleague's edit is theirs, not offered to
-- others). base_version is the plan's version the edit started from: an edit of an older version
-- is not offered back once someone has published the plan again.
CREATE TABLE plan_unpublished_edit (
    plan_id      BIGINT          NOT NULL REFERENCES plan (id),
    staff        VARCHAR(200)    NOT NULL,
    base_version INTEGER         NOT NULL,
    state        VARCHAR(200000) NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (plan_id, staff)
);
