-- One-time set-up of an external MariaDB (10.11 or newer) for Samskab. Run as an administrator.
-- The application creates and migrates its tables itself (Flyway) on start.
CREATE DATABASE IF NOT EXISTS samskab CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'samskab'@'%' IDENTIFIED BY 'change-me';
-- DDL rights are needed for the migrations (including one trigger that keeps each enrolment's
-- last activity); nothing outside the schema.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, TRIGGER, CREATE TEMPORARY TABLES
    ON samskab.* TO 'samskab'@'%';
-- With binary logging on (replication, point-in-time backups), a user without SUPER may only
-- create triggers when this is set:
-- SET GLOBAL log_bin_trust_function_creators = 1;
FLUSH PRIVILEGES;
