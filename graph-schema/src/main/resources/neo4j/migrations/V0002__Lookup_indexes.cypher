// Names are what people and partner sites sort and look up by.
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX offering_name IF NOT EXISTS FOR (n:Offering) ON (n.name);
CREATE INDEX network_name IF NOT EXISTS FOR (n:Network) ON (n.name);
CREATE INDEX care_theme_name IF NOT EXISTS FOR (n:CareTheme) ON (n.name);
CREATE INDEX target_group_name IF NOT EXISTS FOR (n:TargetGroup) ON (n.name);
CREATE INDEX support_function_name IF NOT EXISTS FOR (n:SupportFunction) ON (n.name);
CREATE INDEX respite_type_name IF NOT EXISTS FOR (n:RespiteType) ON (n.name);
CREATE INDEX funding_route_name IF NOT EXISTS FOR (n:FundingRoute) ON (n.name);
CREATE INDEX area_name IF NOT EXISTS FOR (n:Area) ON (n.name);
CREATE INDEX source_title IF NOT EXISTS FOR (n:Source) ON (n.title);
CREATE INDEX term_term IF NOT EXISTS FOR (n:Term) ON (n.term);
// Lists sort by last-verified date; status filters ended offerings out.
CREATE INDEX organisation_last_verified IF NOT EXISTS FOR (n:Organisation) ON (n.lastVerified);
CREATE INDEX organisation_status IF NOT EXISTS FOR (n:Organisation) ON (n.status);
CREATE INDEX offering_last_verified IF NOT EXISTS FOR (n:Offering) ON (n.lastVerified);
CREATE INDEX offering_status IF NOT EXISTS FOR (n:Offering) ON (n.status);
CREATE INDEX network_last_verified IF NOT EXISTS FOR (n:Network) ON (n.lastVerified);
CREATE INDEX network_status IF NOT EXISTS FOR (n:Network) ON (n.status);
CREATE INDEX area_kind IF NOT EXISTS FOR (n:Area) ON (n.kind);
CREATE INDEX location_postcode IF NOT EXISTS FOR (n:Location) ON (n.postcode);
// Distance questions (near me) run on point properties.
CREATE POINT INDEX location_point IF NOT EXISTS FOR (n:Location) ON (n.point);
CREATE POINT INDEX area_point IF NOT EXISTS FOR (n:Area) ON (n.point);
