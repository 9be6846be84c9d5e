-- A training manager's organisations now have one meaning, the scope an admin gives them, for
-- approvals and the provider's instructor assignments as for reports. Until now those two went by
-- the manager's own memberships; give each manager those organisations as scope so no one loses
-- a queue they had.
INSERT INTO manager_scope (person_id, organisation_id)
SELECT DISTINCT m.person_id, m.organisation_id
FROM membership m
JOIN account a ON a.person_id = m.person_id
JOIN account_role r ON r.account_id = a.id AND r.role = 'TRAINING_MANAGER'
WHERE NOT EXISTS (SELECT 1 FROM manager_scope s WHERE s.person_id = m.person_id AND s.organisation_id = m.organisation_id);
