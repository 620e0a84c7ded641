-- Migration 9 moved every decision's request and response to the byte columns; the text ones go.
ALTER TABLE decision DROP COLUMN request_json;
ALTER TABLE decision DROP COLUMN response_json;
