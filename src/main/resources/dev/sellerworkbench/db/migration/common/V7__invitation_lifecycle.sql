-- A targeted plan's invitations follow R-IN-5: not sent -> sent -> accepted or declined ->
-- removed. Sending is recorded with its moment and channel (message, link, CSV, QR page), a
-- decline with its moment, the last note staff left, and a version that a team's writes check.
ALTER TABLE plan_creator ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE plan_creator ADD COLUMN sent_channel VARCHAR(20);
ALTER TABLE plan_creator ADD COLUMN declined_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE plan_creator ADD COLUMN note VARCHAR(500);
ALTER TABLE plan_creator ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- "Invited" was written for every creator saved in a plan, whether anything was sent or not: what
-- was sent is not known, so it is not claimed.
UPDATE plan_creator SET status = 'NOT_SENT' WHERE status = 'INVITED';
-- Drafts produce no tokens (R-IN-5); publishing issues them.
UPDATE plan_creator SET token = NULL
 WHERE plan_id IN (SELECT id FROM plan WHERE status = 'DRAFT') AND status <> 'REMOVED';

-- The platform's id of a targeted collaboration (Seller Center's plan), which its order data names:
-- an order earned through it proves the creator accepted (R-IN-5).
ALTER TABLE plan ADD COLUMN collaboration_id VARCHAR(64);
-- The collaboration ids an order line states, kept as the platform gave them.
ALTER TABLE affiliate_order ADD COLUMN target_collaboration_id VARCHAR(64);
ALTER TABLE affiliate_order ADD COLUMN open_collaboration_id VARCHAR(64);
