package nl.mantelzorgkaart;

import java.time.LocalDate;
import java.util.List;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.Status;
import nl.mantelzorgkaart.knowledge.Source;
import nl.mantelzorgkaart.knowledge.Term;
import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import nl.mantelzorgkaart.taxonomy.Taxa.FundingRoute;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;

/**
 * A few records of the seed dataset ({@code seed-data/data/}) as the reads return them, for the slice
 * tests that stub the reads: the same names and ids a caregiver meets on the real pages, shortened.
 */
public final class SeedRecords {

	public static final LocalDate VERIFIED = LocalDate.of(2026, 1, 1);

	public static final Organisation VMCA = new Organisation("vmca", "Vrijwilligers en Mantelzorg Centrale Almere",
			"VMCA", "mantelzorgondersteuning", "Expertisecentrum voor vrijwillige inzet en mantelzorg in Almere.",
			"https://www.vmca.nl", "info@vmca.nl", "036 53 41 404", Status.ACTIVE, VERIFIED);

	public static final Organisation DE_SCHOOR = new Organisation("de-schoor", "De Schoor", null, "welzijn",
			"Almeerse organisatie; partner in het consortium van de wijkteams.", null, null, null, Status.ACTIVE,
			VERIFIED);

	public static final Organisation TACTUS = new Organisation("tactus-verslavingszorg", "Tactus Verslavingszorg",
			"Tactus", "ggz", "Verslavingszorgorganisatie die in Almere trainingen verzorgt.", null, null, null,
			Status.ACTIVE, VERIFIED);

	public static final Offering EIGEN_TIJD = new Offering("vmca-eigen-tijd", "Eigen Tijd",
			"Laagdrempelige respijtactiviteit waar mantelzorgers op vaste momenten samenkomen.", Status.ACTIVE, null,
			null, null, List.of(Offering.Setting.AT_LOCATION), "vaste, maandelijkse bijeenkomsten per locatie", "Gratis",
			"Aanmelden bij de VMCA.", null, VERIFIED);

	public static final Offering GESPREKSTAFEL_DEMENTIE = new Offering("vmca-gesprekstafel-dementie",
			"Gesprekstafel dementie", "Mantelzorgers van iemand met dementie praten met elkaar onder begeleiding.",
			Status.ACTIVE, null, 18, null, List.of(Offering.Setting.AT_LOCATION), null, null, null, null, VERIFIED);

	public static final Offering JONGE_MANTELZORG_MAATJES = new Offering("vmca-jonge-mantelzorg-maatjes",
			"Jonge mantelzorg maatjes", "Een maatje voor een jonge mantelzorger.", Status.ENDED,
			"Gestopt in 2025.", 8, 17, List.of(), null, null, null, null, VERIFIED);

	public static final Network KETENNETWERK = new Network("ketennetwerk-kopp-kov-almere",
			"Ketennetwerk KOPP-KOV Almere",
			"Ketensamenwerking rond kinderen die opgroeien met een ouder met psychische of verslavingsproblemen.", "keten",
			Status.ACTIVE, VERIFIED);

	public static final Network NETWERK_DEMENTIE = new Network("netwerk-dementie-almere", "Netwerk Dementie",
			"Netwerk rond dementie waarin de VMCA meedoet.", "netwerk", Status.ACTIVE, VERIFIED);

	public static final Area NEDERLAND = new Area("nederland", "Nederland", Area.Kind.COUNTRY, 52.13, 5.29);

	public static final Area FLEVOLAND = new Area("flevoland", "Flevoland", Area.Kind.PROVINCE, 52.53, 5.6);

	public static final Area ALMERE = new Area("almere", "Almere", Area.Kind.MUNICIPALITY, 52.37, 5.22);

	public static final Area ALMERE_HAVEN = new Area("almere-haven", "Almere Haven", Area.Kind.DISTRICT, 52.34, 5.22);

	public static final Area HUIZEN = new Area("huizen", "Huizen", Area.Kind.MUNICIPALITY, 52.3, 5.24);

	public static final Location WAGENMAKERBAAN = new Location("vmca-wagenmakerbaan", null, "Wagenmakerbaan 43",
			"1315 BC", "Almere", 52.37, 5.21);

	public static final CareTheme DEMENTIE = new CareTheme("dementie", "Dementie",
			"Zorg voor iemand met dementie.", List.of("alzheimer"));

	public static final TargetGroup MANTELZORGERS = new TargetGroup("mantelzorgers", "Mantelzorgers",
			"Iedereen die vanuit een persoonlijke band, en niet als beroep, zorgt voor een naaste.", null, null);

	public static final TargetGroup JONGE_MANTELZORGERS = new TargetGroup("jonge-mantelzorgers", "Jonge mantelzorgers",
			"Kinderen en jongeren tot 25 jaar die opgroeien met zorg voor een gezinslid.", null, 24);

	public static final TargetGroup JONGE_MANTELZORGERS_8_12 = new TargetGroup("jonge-mantelzorgers-8-12",
			"Jonge mantelzorgers 8-12 jaar", "Jonge mantelzorgers in de leeftijd van 8 tot 12 jaar.", 8, 12);

	public static final TargetGroup JONGE_MANTELZORGERS_12_17 = new TargetGroup("jonge-mantelzorgers-12-17",
			"Jonge mantelzorgers 12-17 jaar", "Jonge mantelzorgers in de leeftijd van 12 tot 17 jaar.", 12, 17);

	public static final SupportFunction INFORMATIE_EN_ADVIES = new SupportFunction("informatie-en-advies",
			"Informatie en advies", "Informatie over mantelzorg, regelingen en voorzieningen.", 1);

	public static final SupportFunction RESPIJTZORG = new SupportFunction("respijtzorg", "Respijtzorg",
			"Tijdelijke overname van de zorg zodat de mantelzorger even vrij is.", 6);

	public static final RespiteType BLOKZORG = new RespiteType("blokzorg", "Blokzorg",
			"Vervangende zorg in vaste, geplande tijdsblokken.", List.of("blokszorg"));

	public static final RespiteType RESPIJT_LIGHT = new RespiteType("respijt-light", "Respijt light",
			"Een laagdrempelige activiteit of ontmoeting voor de zorgvrager.", List.of("ontmoetingsplek", "inloop"));

	public static final FundingRoute WMO_MAATWERK = new FundingRoute("wmo-maatwerk", "Wmo maatwerkvoorziening",
			"Ondersteuning van de gemeente na een gesprek en indicatie.", "Wmo");

	public static final Term BLOKZORG_TERM = new Term("blokzorg", "Blokzorg",
			"Vervangende zorg die vooraf is ingepland in vaste blokken van een of meer uren.", List.of("Blokszorg"));

	public static final Term MANTELZORGMAKELAAR = new Term("mantelzorgmakelaar", "Mantelzorgmakelaar",
			"Dienstverlener die mantelzorgers helpt met al het regelwerk rond zorg en ondersteuning.", List.of());

	public static final Source VMCA_JAARVERSLAG = new Source("vmca-jaarverslag-2025", "000_42ca9364088ab070.txt",
			"VMCA Jaarverslag 2025", "Vrijwilligers en Mantelzorg Centrale Almere (VMCA)", VERIFIED, "year", null, null);

	public static final Source GELIJKGERICHTE_ONDERSTEUNING = new Source(
			"mantelzorgnl-gelijkgerichte-ondersteuning-2026", "003_119975fd017667f7.txt",
			"Gelijkgerichte mantelzorgondersteuning in Nederland", "MantelzorgNL en Trendbureau Drenthe",
			LocalDate.of(2026, 3, 1), "month", null, null);

	private SeedRecords() {
	}

}
