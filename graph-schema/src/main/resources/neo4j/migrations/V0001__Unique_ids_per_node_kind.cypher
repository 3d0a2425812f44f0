// Every node kind is addressed by a stable slug id: unique per kind.
CREATE CONSTRAINT organisation_id_unique IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT offering_id_unique IF NOT EXISTS FOR (n:Offering) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id_unique IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT care_theme_id_unique IF NOT EXISTS FOR (n:CareTheme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_group_id_unique IF NOT EXISTS FOR (n:TargetGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT support_function_id_unique IF NOT EXISTS FOR (n:SupportFunction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT respite_type_id_unique IF NOT EXISTS FOR (n:RespiteType) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT funding_route_id_unique IF NOT EXISTS FOR (n:FundingRoute) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id_unique IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id_unique IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT term_id_unique IF NOT EXISTS FOR (n:Term) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
