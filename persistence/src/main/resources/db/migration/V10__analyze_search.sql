-- V7 added complaint.search without planner statistics; until ANALYZE the planner guesses that
-- every word matches 5,000 complaints and scans newest-first for words that match none (seconds at
-- a million complaints). Bulk loads analyze themselves from now on (DemoDataGenerator).
ANALYZE complaint;
