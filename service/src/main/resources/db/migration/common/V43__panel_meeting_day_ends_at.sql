-- The moment a panel meeting's day ends, which decides what its agenda weighs: worked out when the meeting
-- is set up, in the partnership's time zone (mset.reports.zone), and kept with the meeting so that a later
-- change of that setting cannot change an agenda already heard. Meetings set up before this migration
-- keep the day they were listed by, ending at midnight UTC (null here), so their agendas stay as heard.
ALTER TABLE panel_meeting ADD COLUMN day_ends_at TIMESTAMP WITH TIME ZONE;
