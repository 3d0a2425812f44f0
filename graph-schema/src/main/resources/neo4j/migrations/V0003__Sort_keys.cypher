// Lists sort by a lowercased name stored at load time; an index keeps pages cheap at national scale.
CREATE INDEX organisation_name_key IF NOT EXISTS FOR (n:Organisation) ON (n.nameKey);
CREATE INDEX offering_name_key IF NOT EXISTS FOR (n:Offering) ON (n.nameKey);
CREATE INDEX network_name_key IF NOT EXISTS FOR (n:Network) ON (n.nameKey);
CREATE INDEX term_name_key IF NOT EXISTS FOR (n:Term) ON (n.nameKey);
