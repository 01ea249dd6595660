-- Issue 24: the inbox reads one page of a scope's cases, open ones first, then the newest, and counts the
-- scope's cases per status. One index per scope in that order lets PostgreSQL read just the page instead of
-- every case the advisor's teams ever had; the included columns let it count (status, overdue) from the
-- index alone. Partial: only what an inbox can show.
CREATE INDEX inquiry_inbox_team_idx ON helpdesk.inquiry
    (team_code, (status = 'CLOSED'), submitted_at DESC, id DESC)
    INCLUDE (status, first_response_due, first_response_at) WHERE confirmed AND NOT anonymised;
CREATE INDEX inquiry_inbox_assignee_idx ON helpdesk.inquiry
    (assignee_id, (status = 'CLOSED'), submitted_at DESC, id DESC)
    INCLUDE (status, first_response_due, first_response_at) WHERE confirmed AND NOT anonymised;
CREATE INDEX inquiry_inbox_all_idx ON helpdesk.inquiry
    ((status = 'CLOSED'), submitted_at DESC, id DESC)
    INCLUDE (status, first_response_due, first_response_at) WHERE confirmed AND NOT anonymised;
