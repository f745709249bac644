-- H2 already indexes every foreign key when it creates the constraint; this version keeps H2 and
-- PostgreSQL workspaces at the same schema version (PostgreSQL's V3 adds those indexes), so a
-- workspace copies between them. Nothing to change here.
SELECT 1;
