-- The platform's content id of an order line (the LIVE, video or link that brought the sale, R-EX-4),
-- as the orders file states it; NULL when the file does not say, so Insights can sum GMV per content.
ALTER TABLE affiliate_order ADD COLUMN content_id VARCHAR(64);
CREATE INDEX order_content_id ON affiliate_order (content_id);
