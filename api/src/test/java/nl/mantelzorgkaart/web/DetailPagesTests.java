package nl.mantelzorgkaart.web;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.DE_SCHOOR;
import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.JONGE_MANTELZORG_MAATJES;
import static nl.mantelzorgkaart.SeedRecords.KETENNETWERK;
import static nl.mantelzorgkaart.SeedRecords.MANTELZORGERS;
import static nl.mantelzorgkaart.SeedRecords.NETWERK_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.RESPIJTZORG;
import static nl.mantelzorgkaart.SeedRecords.RESPIJT_LIGHT;
import static nl.mantelzorgkaart.SeedRecords.TACTUS;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static nl.mantelzorgkaart.SeedRecords.VMCA_JAARVERSLAG;
import static nl.mantelzorgkaart.SeedRecords.WAGENMAKERBAAN;
import static nl.mantelzorgkaart.SeedRecords.WMO_MAATWERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.guide.RespiteGuide;
import nl.mantelzorgkaart.knowledge.Glossary;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.network.NetworkReads;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.offering.OfferingReads;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.organisation.OrganisationReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The pages of an offering, an organisation and a network, rendered without a database: what a
 * caregiver reads on them in Dutch (and in English after the switch), and the 404 page for a record
 * that does not exist or an address that cannot name one.
 */
@WebMvcTest(DetailPages.class)
@Import(WebSliceConfiguration.class)
class DetailPagesTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	OfferingReads offerings;

	@MockitoBean
	OrganisationReads organisations;

	@MockitoBean
	NetworkReads networks;

	@MockitoBean
	RespiteGuide guide;

	@MockitoBean
	Glossary glossary;

	@Test
	void shouldShowAnOfferingInDutchWithWhatItIsWhoOrganisesItAndHowToApply() {
		givenEigenTijd();

		assertThat(this.mvc.get().uri("/aanbod/vmca-eigen-tijd")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"nl\">", "<title>Eigen Tijd · Mantelzorgkaart</title>", "<h1>Eigen Tijd</h1>",
					"Wat is het?", "Respijt light", "Hoe vraagt u het aan?", "Aanmelden bij de VMCA.", "Gratis",
					"op locatie", "Wagenmakerbaan 43, 1315 BC Almere", "href=\"/organisaties/vmca\"",
					"href=\"tel:0365341404\"", "href=\"/organisaties/de-schoor\"", "Laatst gecontroleerd op 1-1-2026",
					"VMCA Jaarverslag 2025", "href=\"/aanbod/vmca-eigen-tijd?lang=en\"");
	}

	@Test
	void shouldSayWhenAnOfferingHasEndedAndWhatIsUnknown() {
		givenOffering(JONGE_MANTELZORG_MAATJES, List.of(), List.of());

		assertThat(this.mvc.get().uri("/aanbod/vmca-jonge-mantelzorg-maatjes")).hasStatusOk()
			.bodyText()
			.contains("Gestopt: Gestopt in 2025.", "Leeftijd 8 tot 17 jaar",
					"Dat staat niet in onze bronnen; vraag het de aanbieder.",
					"De aanbieder staat niet in onze bronnen.");
	}

	@Test
	void shouldShowThePageInEnglishAfterTheSwitchAndRememberTheChoice() {
		givenEigenTijd();

		var english = this.mvc.get().uri("/aanbod/vmca-eigen-tijd?lang=en").exchange();

		assertThat(english).hasStatusOk()
			.bodyText()
			// The page's own words change; the names and descriptions from the sources stay Dutch.
			.contains("<html lang=\"en\">", "What is it?", "How to apply", "at a location", "Last verified on 1-1-2026",
					"<h1>Eigen Tijd</h1>", "Aanmelden bij de VMCA.", "href=\"/aanbod/vmca-eigen-tijd?lang=nl\"");
		assertThat(english).cookies().containsCookie("mzk-lang").hasValue("mzk-lang", "en");
		assertThat(this.mvc.get().uri("/aanbod/vmca-eigen-tijd").cookie(new Cookie("mzk-lang", "en"))).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\">", "How to apply");
	}

	@Test
	void shouldShowThePageInDutchWhenTheLanguageCookieIsNoLanguageWeHave() {
		givenEigenTijd();
		for (String value : List.of("@", "<script>", "de", "")) {
			assertThat(this.mvc.get().uri("/aanbod/vmca-eigen-tijd").cookie(new Cookie("mzk-lang", value)))
				.as("cookie mzk-lang=%s", value)
				.hasStatusOk()
				.bodyText()
				.contains("<html lang=\"nl\">", "<h1>Eigen Tijd</h1>", "Hoe vraagt u het aan?");
		}
	}

	@Test
	void shouldShowAnOrganisationWithItsContactOfferingsNetworksAndPartners() {
		List<Organisation> one = List.of(VMCA);
		given(this.organisations.organisation("vmca")).willReturn(VMCA);
		given(this.organisations.offerings(one)).willReturn(Map.of(VMCA, List.of(GESPREKSTAFEL_DEMENTIE)));
		given(this.organisations.coOrganisedOfferings(one)).willReturn(Map.of(VMCA, List.of(EIGEN_TIJD)));
		given(this.organisations.networks(one)).willReturn(Map.of(VMCA, List.of(KETENNETWERK)));
		given(this.organisations.partners(one)).willReturn(Map.of(VMCA, List.of(DE_SCHOOR)));
		given(this.organisations.areas(one)).willReturn(Map.of(VMCA, List.of(ALMERE)));
		given(this.organisations.locations(one)).willReturn(Map.of(VMCA, List.of(WAGENMAKERBAAN)));
		given(this.organisations.sources(one)).willReturn(Map.of(VMCA, List.of(new Citation(VMCA_JAARVERSLAG, null))));

		assertThat(this.mvc.get().uri("/organisaties/vmca")).hasStatusOk()
			.bodyText()
			.contains("<h1>Vrijwilligers en Mantelzorg Centrale Almere</h1>", "Organisatie", "Contact",
					"href=\"mailto:info@vmca.nl\"", "href=\"https://www.vmca.nl\"", "Wagenmakerbaan 43",
					"href=\"/aanbod/vmca-gesprekstafel-dementie\"", "href=\"/aanbod/vmca-eigen-tijd\"",
					"(samen met andere organisaties)", "href=\"/netwerken/ketennetwerk-kopp-kov-almere\"", "Werkt samen met",
					"href=\"/organisaties/de-schoor\"");
	}

	@Test
	void shouldShowANetworkWithItsMembersAndWhatEachOffersReadForAllMembersAtOnce() {
		List<Network> one = List.of(NETWERK_DEMENTIE);
		List<Organisation> members = List.of(VMCA, TACTUS);
		given(this.networks.network("netwerk-dementie-almere")).willReturn(NETWERK_DEMENTIE);
		given(this.networks.members(one)).willReturn(Map.of(NETWERK_DEMENTIE, members));
		given(this.networks.coordinator(one)).willReturn(Map.of(NETWERK_DEMENTIE, VMCA));
		given(this.networks.careThemes(one)).willReturn(Map.of(NETWERK_DEMENTIE, List.of(DEMENTIE)));
		given(this.networks.areas(one)).willReturn(Map.of(NETWERK_DEMENTIE, List.of(ALMERE)));
		given(this.networks.sources(one)).willReturn(Map.of(NETWERK_DEMENTIE, List.of()));
		given(this.organisations.offerings(members))
			.willReturn(Map.of(VMCA, List.of(GESPREKSTAFEL_DEMENTIE, JONGE_MANTELZORG_MAATJES), TACTUS, List.of()));
		given(this.offerings.careThemes(List.of(GESPREKSTAFEL_DEMENTIE, JONGE_MANTELZORG_MAATJES)))
			.willReturn(Map.of(GESPREKSTAFEL_DEMENTIE, List.of(DEMENTIE), JONGE_MANTELZORG_MAATJES, List.of()));

		// What the members do for the network's theme, dementia, and not the rest of what VMCA does.
		assertThat(this.mvc.get().uri("/netwerken/netwerk-dementie-almere")).hasStatusOk()
			.bodyText()
			.contains("<h1>Netwerk Dementie</h1>", "Coördinator", "Leden (2) en hun aanbod voor de thema",
					"aria-label=\"Netwerk Netwerk Dementie met 2 leden\"", "href=\"/organisaties/tactus-verslavingszorg\"",
					"href=\"/aanbod/vmca-gesprekstafel-dementie\"", "Dementie")
			.doesNotContain("href=\"/aanbod/vmca-jonge-mantelzorg-maatjes\"");
		then(this.organisations).should(times(1)).offerings(members);
	}

	@Test
	void shouldShowTheNotFoundPageForAnUnknownOffering() {
		given(this.offerings.offering("bestaat-niet")).willThrow(new NotFoundException("offering", "bestaat-niet"));

		assertThat(this.mvc.get().uri("/aanbod/bestaat-niet")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("<html lang=\"nl\">", "Pagina niet gevonden", "Wat u zoekt bestaat niet (meer).",
					"href=\"/\"");
	}

	@Test
	void shouldShowTheNotFoundPageForAnAddressThatCannotNameARecordWithoutReading() {
		assertThat(this.mvc.get().uri("/organisaties/{id}", "VMCA Almere")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Pagina niet gevonden");
		verifyNoInteractions(this.organisations);
	}

	private void givenEigenTijd() {
		givenOffering(EIGEN_TIJD, List.of(VMCA), List.of(DE_SCHOOR));
		List<Offering> one = List.of(EIGEN_TIJD);
		given(this.offerings.careThemes(one)).willReturn(Map.of(EIGEN_TIJD, List.of()));
		given(this.offerings.targetGroups(one)).willReturn(Map.of(EIGEN_TIJD, List.of(MANTELZORGERS)));
		given(this.offerings.supportFunctions(one)).willReturn(Map.of(EIGEN_TIJD, List.of(RESPIJTZORG)));
		given(this.offerings.respiteTypes(one)).willReturn(Map.of(EIGEN_TIJD, List.of(RESPIJT_LIGHT)));
		given(this.offerings.fundingRoutes(one)).willReturn(Map.of(EIGEN_TIJD, List.of(WMO_MAATWERK)));
		given(this.offerings.areas(one)).willReturn(Map.of(EIGEN_TIJD, List.of(ALMERE)));
		given(this.offerings.locations(one)).willReturn(Map.of(EIGEN_TIJD, List.of(WAGENMAKERBAAN)));
		given(this.offerings.sources(one))
			.willReturn(Map.of(EIGEN_TIJD, List.of(new Citation(VMCA_JAARVERSLAG, "Speciale activiteiten"))));
	}

	/** An offering with these organisers, and nothing else linked unless a test says so. */
	private void givenOffering(Offering offering, List<Organisation> organisers, List<Organisation> coOrganisers) {
		List<Offering> one = List.of(offering);
		given(this.offerings.offering(offering.id())).willReturn(offering);
		given(this.offerings.organisers(one)).willReturn(Map.of(offering, organisers));
		given(this.offerings.coOrganisers(one)).willReturn(Map.of(offering, coOrganisers));
		given(this.offerings.careThemes(one)).willReturn(Map.of(offering, List.of()));
		given(this.offerings.targetGroups(one)).willReturn(Map.of(offering, List.of()));
		given(this.offerings.supportFunctions(one)).willReturn(Map.of(offering, List.of()));
		given(this.offerings.respiteTypes(one)).willReturn(Map.of(offering, List.of()));
		given(this.offerings.fundingRoutes(one)).willReturn(Map.of(offering, List.of()));
		given(this.offerings.areas(one)).willReturn(Map.of(offering, List.of()));
		given(this.offerings.locations(one)).willReturn(Map.of(offering, List.of()));
		given(this.offerings.sources(one)).willReturn(Map.of(offering, List.of()));
	}

}
