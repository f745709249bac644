-- One commission per order line, decided once and read by every figure (R-ST-5): the commission
-- bases the platform states, the line's commission base and commission, and where it comes from
-- (ACTUAL, ESTIMATED, FILE_RATE, PLAN_RATE, NONE).
ALTER TABLE affiliate_order ADD COLUMN est_commission_base NUMERIC(19,4);
ALTER TABLE affiliate_order ADD COLUMN actual_commission_base NUMERIC(19,4);
ALTER TABLE affiliate_order ADD COLUMN commission_base NUMERIC(19,4);
ALTER TABLE affiliate_order ADD COLUMN commission NUMERIC(19,4);
ALTER TABLE affiliate_order ADD COLUMN commission_source VARCHAR(12);
-- Lines kept before: a commission the platform stated is the line's; the rest are decided by the
-- workbench the next time it reads them (rounding and plan rates are its business, not SQL's).
UPDATE affiliate_order SET commission_base = amount, commission = actual_commission, commission_source = 'ACTUAL'
    WHERE actual_commission IS NOT NULL;
UPDATE affiliate_order SET commission_base = amount, commission = est_commission, commission_source = 'ESTIMATED'
    WHERE actual_commission IS NULL AND est_commission IS NOT NULL;
CREATE INDEX order_commission_source ON affiliate_order (commission_source);
