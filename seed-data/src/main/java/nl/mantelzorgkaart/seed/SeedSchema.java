package nl.mantelzorgkaart.seed;

import static nl.mantelzorgkaart.seed.Field.Type.DATE;
import static nl.mantelzorgkaart.seed.Field.Type.EMAIL;
import static nl.mantelzorgkaart.seed.Field.Type.EXPLAINS;
import static nl.mantelzorgkaart.seed.Field.Type.INT;
import static nl.mantelzorgkaart.seed.Field.Type.LATITUDE;
import static nl.mantelzorgkaart.seed.Field.Type.LOCATIONS;
import static nl.mantelzorgkaart.seed.Field.Type.LONGITUDE;
import static nl.mantelzorgkaart.seed.Field.Type.SOURCES;
import static nl.mantelzorgkaart.seed.Field.Type.STRING_LIST;
import static nl.mantelzorgkaart.seed.Field.Type.URL;
import static nl.mantelzorgkaart.seed.Field.anyOf;
import static nl.mantelzorgkaart.seed.Field.of;
import static nl.mantelzorgkaart.seed.Field.oneOf;
import static nl.mantelzorgkaart.seed.Field.ref;
import static nl.mantelzorgkaart.seed.Field.refs;
import static nl.mantelzorgkaart.seed.Field.refsIncoming;
import static nl.mantelzorgkaart.seed.Field.string;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of every record kind, as documented in {@code seed-data/FORMAT.md}. The validator checks
 * records against it and the loader maps records to nodes and relationships with it.
 */
public final class SeedSchema {

	/** Statuses of organisations, offerings and networks; ended records stay, marked. */
	public static final String[] STATUSES = { "active", "ended", "planned" };

	public static final String[] ORGANISATION_KINDS = { "welzijn", "mantelzorgondersteuning", "zorgaanbieder", "ggz",
			"gemeente", "wijkteam", "vrijwilligersorganisatie", "patientenvereniging", "onderwijs", "werkgever",
			"zorgverzekeraar", "fonds", "landelijke-organisatie", "kerk-levensbeschouwing", "overheid",
			"onderzoek-advies", "informeel-initiatief", "overig" };

	public static final String[] SETTINGS = { "at-home", "at-location", "online", "overnight", "by-phone" };

	public static final String[] AREA_KINDS = { "country", "province", "region", "municipality", "district",
			"neighbourhood" };

	public static final String[] NETWORK_KINDS = { "netwerk", "keten", "samenwerkingsverband", "overleg", "platform",
			"alliantie" };

	public static final String[] LAWS = { "Wmo", "Zvw", "Wlz", "Jeugdwet", "Participatiewet", "none" };

	/** Fields of one location, inside organisations and offerings. */
	public static final List<Field> LOCATION_FIELDS = List.of(string("name", false), string("address", false),
			string("postcode", false), string("city", false), of("lat", LATITUDE, false), of("lon", LONGITUDE, false));

	/** Relationship from a record to the documents it was taken from. */
	public static final String CITED_IN = "CITED_IN";

	public static final String EXPLAINS_RELATIONSHIP = "EXPLAINS";

	private static final Map<SeedKind, Map<String, Field>> FIELDS = new EnumMap<>(SeedKind.class);

	static {
		// A seed document has a file; a public source outside the seeds has a url and the date it was read.
		define(SeedKind.SOURCE, string("file", false), string("title", true), string("publisher", true),
				of("date", DATE, true), oneOf("datePrecision", true, "day", "month", "year"), of("url", URL, false),
				of("readOn", DATE, false));
		define(SeedKind.CARE_THEME, string("name", true), string("description", true),
				of("synonyms", STRING_LIST, false));
		define(SeedKind.TARGET_GROUP, string("name", true), string("description", true), of("ageMin", INT, false),
				of("ageMax", INT, false), ref("parent", false, SeedKind.TARGET_GROUP, "PART_OF"));
		define(SeedKind.SUPPORT_FUNCTION, string("name", true), string("description", true), of("order", INT, true));
		define(SeedKind.RESPITE_TYPE, string("name", true), string("description", true),
				of("synonyms", STRING_LIST, false));
		define(SeedKind.FUNDING_ROUTE, string("name", true), string("description", true), oneOf("law", false, LAWS));
		define(SeedKind.AREA, string("name", true), oneOf("kind", true, AREA_KINDS),
				ref("parent", false, SeedKind.AREA, "PART_OF"), refs("regions", false, SeedKind.AREA, "PART_OF"),
				of("lat", LATITUDE, false), of("lon", LONGITUDE, false), of("postcodes", STRING_LIST, false));
		define(SeedKind.TERM, string("term", true), string("definition", true), of("explains", EXPLAINS, false),
				of("synonyms", STRING_LIST, false));
		define(SeedKind.ORGANISATION, string("name", true), string("shortName", false),
				oneOf("kind", true, ORGANISATION_KINDS), string("description", true), of("website", URL, false),
				of("email", EMAIL, false), string("phone", false), refs("areas", true, SeedKind.AREA, "ACTIVE_IN"),
				of("locations", LOCATIONS, false), refs("partners", false, SeedKind.ORGANISATION, "PARTNERS_WITH"),
				oneOf("status", false, STATUSES), string("statusNote", false));
		define(SeedKind.OFFERING, string("name", true), string("description", true),
				refsIncoming("organisers", true, SeedKind.ORGANISATION, "OFFERS"),
				refs("coOrganisers", false, SeedKind.ORGANISATION, "ORGANISED_WITH"),
				refs("targetGroups", true, SeedKind.TARGET_GROUP, "FOR"), of("ageMin", INT, false),
				of("ageMax", INT, false), refs("careThemes", false, SeedKind.CARE_THEME, "ADDRESSES"),
				refs("supportFunctions", true, SeedKind.SUPPORT_FUNCTION, "FULFILS"),
				refs("respiteTypes", false, SeedKind.RESPITE_TYPE, "GIVES_RESPITE_AS"), anyOf("settings", SETTINGS),
				string("schedule", false), string("cost", false),
				refs("fundingRoutes", false, SeedKind.FUNDING_ROUTE, "FUNDED_VIA"), string("howToApply", false),
				string("website", false), refs("areas", true, SeedKind.AREA, "SERVES"),
				of("locations", LOCATIONS, false), oneOf("status", false, STATUSES), string("statusNote", false));
		define(SeedKind.NETWORK, string("name", true), string("description", true),
				oneOf("kind", true, NETWORK_KINDS), refsIncoming("members", false, SeedKind.ORGANISATION, "MEMBER_OF"),
				ref("coordinator", false, SeedKind.ORGANISATION, "COORDINATED_BY"),
				refs("careThemes", false, SeedKind.CARE_THEME, "ADDRESSES"),
				refs("areas", true, SeedKind.AREA, "ACTIVE_IN"), oneOf("status", false, STATUSES),
				string("statusNote", false));
	}

	private SeedSchema() {
	}

	private static void define(SeedKind kind, Field... fields) {
		Map<String, Field> byName = new LinkedHashMap<>();
		byName.put("id", string("id", true));
		for (Field field : fields) {
			byName.put(field.name(), field);
		}
		if (kind != SeedKind.SOURCE) {
			byName.put("sources", of("sources", SOURCES, true));
			byName.put("lastVerified", of("lastVerified", DATE, true));
		}
		FIELDS.put(kind, Collections.unmodifiableMap(byName));
	}

	/** The fields of a kind by name, in documented order, {@code id} first. */
	public static Map<String, Field> fields(SeedKind kind) {
		return FIELDS.get(kind);
	}

	/** The reference fields of a kind, i.e. the relationships its records own. */
	public static List<Field> references(SeedKind kind) {
		List<Field> references = new ArrayList<>();
		for (Field field : FIELDS.get(kind).values()) {
			if (field.isReference()) {
				references.add(field);
			}
		}
		return references;
	}

	/** The relationship a record's locations become. */
	public static String locationRelationship(SeedKind kind) {
		return (kind == SeedKind.OFFERING) ? "HELD_AT" : "LOCATED_AT";
	}

}
