-- Policy v1.1, section 11: the MSET panel's meetings, one per local authority and day. A meeting's agenda
-- is worked out from the decisions when it is read, not stored.
CREATE TABLE panel_meeting (
    meeting_id      UUID                     PRIMARY KEY,
    local_authority VARCHAR(40)              NOT NULL,
    held_on         DATE                     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    caller_method   VARCHAR(10)              NOT NULL,
    caller_name     VARCHAR(255)             NOT NULL,
    CONSTRAINT panel_meeting_one_a_day UNIQUE (local_authority, held_on)
);
