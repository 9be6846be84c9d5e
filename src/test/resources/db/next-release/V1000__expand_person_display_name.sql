-- The expand step of a rolling upgrade: a column that the running release does not know.
-- It is nullable, so that the nodes of the running release go on inserting people without it.
ALTER TABLE person ADD COLUMN display_name VARCHAR(200) NULL;
