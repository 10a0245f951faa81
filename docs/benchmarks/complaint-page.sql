-- The first page of GET /api/v1/complaints?limit=20 exactly as SqlPublicComplaintQueries.search
-- sends it (parameters inlined: publication, public statuses), for pgbench.
SELECT c.id, c.reference, c.received_at, c.status, c.channel, k.code, k.name_id, k.name_en,
       c.region_code, r.name,
       (SELECT f.agency_codes FROM complaint_fact f WHERE f.complaint_id = c.id AND f.primary_row),
       (SELECT f.agency_names FROM complaint_fact f WHERE f.complaint_id = c.id AND f.primary_row),
       (SELECT f.first_response_at FROM complaint_fact f WHERE f.complaint_id = c.id AND f.primary_row),
       (SELECT f.resolved_at FROM complaint_fact f WHERE f.complaint_id = c.id AND f.primary_row),
       left(c.published_text, 240), c.satisfaction
FROM complaint c JOIN category k ON k.id = c.category_id
LEFT JOIN region r ON r.code = c.region_code
WHERE c.publication = 'PUBLISHED'
  AND c.status = ANY ('{VERIFIED,ROUTED,RESPONDED,IN_PROGRESS,RESOLVED,CLOSED}')
ORDER BY c.received_at DESC, c.id DESC LIMIT 21;
