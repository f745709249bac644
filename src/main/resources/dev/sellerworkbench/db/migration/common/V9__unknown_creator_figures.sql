-- A creator figure the source does not state is unknown (NULL), never an invented 0 or a share
-- derived from another (R-CR-2, R-CR-7): audience shares, interaction rate and GMV.
ALTER TABLE creator ALTER COLUMN engagement_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN engagement_bp DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN gmv_30d DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN gmv_30d DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN aud_female_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN aud_female_bp DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN aud_male_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN aud_male_bp DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN aud_other_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN aud_other_bp DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN age_18_24_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN age_18_24_bp DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN age_25_34_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN age_25_34_bp DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN age_35_44_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN age_35_44_bp DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN age_45_54_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN age_45_54_bp DROP DEFAULT;
ALTER TABLE creator ALTER COLUMN age_55_plus_bp DROP NOT NULL;
ALTER TABLE creator ALTER COLUMN age_55_plus_bp DROP DEFAULT;

-- Until now an unknown profile was stored as all zeros; say so.
UPDATE creator SET aud_female_bp = NULL, aud_male_bp = NULL, aud_other_bp = NULL
 WHERE aud_female_bp = 0 AND aud_male_bp = 0 AND aud_other_bp = 0;
UPDATE creator SET age_18_24_bp = NULL, age_25_34_bp = NULL, age_35_44_bp = NULL, age_45_54_bp = NULL,
       age_55_plus_bp = NULL
 WHERE age_18_24_bp = 0 AND age_25_34_bp = 0 AND age_35_44_bp = 0 AND age_45_54_bp = 0 AND age_55_plus_bp = 0;
