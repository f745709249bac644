-- PostgreSQL indexes no foreign key by itself (H2 does): without these, the queue's and the
-- plans' lookups by creator or plan, and every delete of a plan or creator, scan whole tables.
CREATE INDEX application_plan ON application (plan_id);
CREATE INDEX application_creator ON application (creator_id);
CREATE INDEX application_product ON application (product_id);
CREATE INDEX plan_item_product ON plan_item (product_id);
CREATE INDEX plan_rate_change_plan ON plan_rate_change (plan_id);
CREATE INDEX plan_creator_creator ON plan_creator (creator_id);
CREATE INDEX plan_showcase_creator ON plan_showcase (creator_id);
CREATE INDEX saved_list_member_creator ON saved_list_member (creator_id);
