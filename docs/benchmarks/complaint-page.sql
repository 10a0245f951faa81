-- The first page of GET /api/v1/complaints?limit=20 exactly as SqlPublicComplaintQueries.search
-- sends it (parameters inlined: response events, resolved statuses, public statuses), for pgbench.
SELECT c.id, c.reference, c.received_at, c.status, c.channel, k.code, k.name_id, k.name_en,
       c.region_code, r.name,
       (SELECT array_agg(a.code ORDER BY a.code) FROM complaint_routing cr
          JOIN agency a ON a.id = cr.agency_id WHERE cr.complaint_id = c.id AND cr.ended_at IS NULL),
       (SELECT array_agg(a.name ORDER BY a.code) FROM complaint_routing cr
          JOIN agency a ON a.id = cr.agency_id WHERE cr.complaint_id = c.id AND cr.ended_at IS NULL),
       (SELECT min(e.occurred_at) FROM complaint_event e
          WHERE e.complaint_id = c.id AND e.event_type = ANY ('{RESPONDED,IN_PROGRESS,RESOLVED}')),
       CASE WHEN c.status = ANY ('{RESOLVED,CLOSED}') THEN (SELECT max(e.occurred_at)
          FROM complaint_event e WHERE e.complaint_id = c.id AND e.event_type = 'RESOLVED') END,
       left(c.published_text, 240), c.satisfaction
FROM complaint c JOIN category k ON k.id = c.category_id
LEFT JOIN region r ON r.code = c.region_code
WHERE c.publication = 'PUBLISHED'
  AND c.status = ANY ('{VERIFIED,ROUTED,RESPONDED,IN_PROGRESS,RESOLVED,CLOSED}')
ORDER BY c.received_at DESC, c.id DESC LIMIT 21;
