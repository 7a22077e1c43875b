-- V4: saved segments: customer lists a user named, with a note and a communication activity (1–4). The members are a
-- snapshot of customer keys, a serialized RoaringBitmap; an import undo takes the people it removes out of every
-- snapshot (fangrid.store.SegmentMembers), so a key handed out again later never joins an old segment.
CREATE TABLE saved_segment (
    segment_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- unique regardless of case: "Loyal" and "loyal" are one segment to a user
    name           VARCHAR_IGNORECASE(200) NOT NULL UNIQUE,
    note           VARCHAR(4000) NOT NULL,
    activity       TINYINT       NOT NULL,
    -- what the view says the segment is, e.g. "R1F1+R1F2"; the store does not read it
    definition     VARCHAR(4000) NOT NULL,
    analysis_date  DATE,
    customer_count INT           NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    members        VARBINARY(1000000000) NOT NULL
);
