-- Up Migration

-- 担当者処理履歴 names the automation rule that made a change (the event's metadata ruleId/ruleName, the name as it
-- was then), so the screen says 「ルール『高額代引』により保留」 as the order's own history does. NULL for what staff did.
ALTER TABLE operation_history ADD COLUMN rule_id text;
ALTER TABLE operation_history ADD COLUMN rule_name text;

-- Down Migration
ALTER TABLE operation_history DROP COLUMN rule_name;
ALTER TABLE operation_history DROP COLUMN rule_id;
