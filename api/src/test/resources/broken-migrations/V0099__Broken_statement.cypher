// A deliberately broken migration: start-up must stop and name this file and statement.
CREATE INDEX offering_broken IF NOT EXISTS FOR (n:Offering) ON (n.name;
