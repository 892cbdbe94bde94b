-- One database per service, created once when the PostgreSQL volume is first initialised
-- (/docker-entrypoint-initdb.d). Each service creates its own tables with Flyway at start.
CREATE DATABASE investment;
CREATE DATABASE production;
CREATE DATABASE export;
CREATE DATABASE reporting;
