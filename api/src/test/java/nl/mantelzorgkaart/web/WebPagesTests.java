package nl.mantelzorgkaart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchResults;
import nl.mantelzorgkaart.search.SocialMapSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages over plain HTTP, as a browser without JavaScript sees them: what each shows on the seed data,
 * links that carry the whole search, the language switch, and friendly 400 and 404 pages for bad links.
 */
@IntegrationTest
class WebPagesTests {

	@Autowired
	SocialMapSearch search;

	/** How many records the search for dementia in Almere finds: the count the page must show. */
	int dementiaInAlmere() {
		return this.search.search(new SearchRequest("dementie", Map.of(Facet.AREA, List.of("almere")), null, false,
				null, 1, 0, false)).totalCount();
	}

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	record Page(int status, String body, String contentType) {

	}

	Page get(String path) throws Exception {
		return get(path, null);
	}

	Page get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(60));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		HttpResponse<String> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Page(response.statusCode(), response.body(),
				response.headers().firstValue("Content-Type").orElse(""));
	}

	@Test
	void theHomePageIsDutchWithASearchBoxThemesAndTheLanguageSwitch() throws Exception {
		Page home = get("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"nl\">", "action=\"/zoeken\"", "name=\"q\"",
				"href=\"/zoeken?thema=dementie\"", "Respijtwijzer", "href=\"/?lang=en\"", ">English<");
	}

	@Test
	void searchingDementiaInAlmereShowsHighlightedHitsFacetsAndPaging() throws Exception {
		Page page = get("/zoeken?q=dementie&gebied=almere");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/aanbod/vmca-gesprekstafel-dementie\"", "<mark>dementie</mark>",
				"data-facet=\"thema\"", "href=\"/zoeken?q=dementie&amp;gebied=almere&amp;thema=dementie\"",
				"rel=\"next\"", "van " + dementiaInAlmere() + " gevonden");
		// The second page is a link too, and shares the same search.
		Page second = get("/zoeken?q=dementie&gebied=almere&pagina=2");
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("11–20 van " + dementiaInAlmere() + " gevonden", "rel=\"prev\"");
	}

	@Test
	void aFacetLinkNarrowsTheSearchAndCanBeTakenOffAgain() throws Exception {
		Page all = get("/zoeken?q=dementie&gebied=almere");
		Page offerings = get("/zoeken?q=dementie&gebied=almere&soort=offering");

		assertThat(offerings.body()).contains("aria-current=\"true\"", "data-kind=\"offering\"")
			.doesNotContain("data-kind=\"term\"")
			.contains("href=\"/zoeken?q=dementie&amp;gebied=almere\"");
		// Without a kind filter the glossary word is explained above the hits, not listed among them.
		assertThat(all.body()).contains("class=\"explanation\"", "Wat is ").doesNotContain("data-kind=\"term\"");
		assertThat(offerings.body()).doesNotContain("class=\"explanation\"");
	}

	@Test
	void aPlaceInTheTextIsShownAsAScopeThatCanBeTakenOff() throws Exception {
		Page page = get("/zoeken?q=dementie+almere");

		assertThat(page.body()).contains("class=\"chosen place-in-text\"", "in Almere",
				"href=\"/zoeken?q=dementie\"");
		assertThat(get("/zoeken?q=respijtzorg+1353").body()).contains("class=\"chosen place-in-text\"", "in Almere",
				"href=\"/zoeken?q=respijtzorg\"");
		assertThat(get("/zoeken?q=respijtzorg+9999").body()).contains("Postcode 9999 kunnen we niet aan een plaats koppelen");
	}

	@Test
	void aGraphQuestionGetsItsAnswerAboveTheHits() throws Exception {
		Page page = get("/zoeken?q=wie+organiseren+Eigen+Tijd");

		assertThat(page.body()).contains("class=\"graph-answer\"", "Eigen Tijd wordt georganiseerd door",
				"href=\"/organisaties/vmca\"", "href=\"/aanbod/vmca-eigen-tijd\"");
	}

	@Test
	void nothingInThePlaceShowsTheNearestOutsideAndSaysSo() throws Exception {
		Page page = get("/zoeken?q=logeerzorg+in+almere");

		assertThat(page.body()).contains("In Almere vonden we hiervoor niets", "/aanbod/welzijn-lelystad-logeeropvang");
	}

	@Test
	void aHitCardSaysWhyItMatched() throws Exception {
		Page page = get("/zoeken?q=dementie+almere");

		assertThat(page.body()).containsPattern("class=\"why\"><span>Past bij:</span>\\s*<span>Dementie</span>");
	}

	@Test
	void aWiderOfferIsMarkedAsSuch() throws Exception {
		Page page = get("/zoeken?q=jonge+mantelzorger&gebied=huizen");

		assertThat(page.body()).contains("class=\"wider\">Voor heel HBEL-gemeenten");
	}

	@Test
	void searchingNearAPlaceShowsDistances() throws Exception {
		Page page = get("/zoeken?q=mantelzorg&lat=52.37&lon=5.22&straal=15");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).containsPattern("class=\"distance\">(ongeveer )?\\d+(,\\d)? km<");
	}

	@Test
	void userTextIsEscapedEverywhere() throws Exception {
		Page page = get("/zoeken?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void anOfferingPageSaysWhatItIsForWhomHowToApplyWhoOrganisesItAndItsSource() throws Exception {
		Page page = get("/aanbod/vmca-gesprekstafel-dementie");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Gesprekstafel Dementie</h1>", "Wat is het?", "Voor wie?",
				"Hoe vraagt u het aan?", "Kosten en betaling", "Waar en wanneer", "href=\"/organisaties/vmca\"",
				"Laatst gecontroleerd op", "Bron en controle");
	}

	@Test
	void anOrganisationPageListsOfferingsNetworksAndContact() throws Exception {
		Page page = get("/organisaties/vmca");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/aanbod/vmca-gesprekstafel-dementie\"", "href=\"/netwerken/",
				"Contact", "href=\"tel:");
	}

	@Test
	void aNetworkPageShowsItsMembersWhatTheyOfferAndAPicture() throws Exception {
		Page page = get("/netwerken/ketennetwerk-kopp-kov-almere");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<svg", "role=\"img\"", "class=\"member\"", "href=\"/organisaties/");
	}

	@Test
	void theGlossaryAndTheCoverageTableRender() throws Exception {
		Page glossary = get("/begrippen");
		assertThat(glossary.body()).contains("id=\"logeerzorg\"", "id=\"ketenzorg-dementie\"");

		Page coverage = get("/dekking?gebied=almere");
		assertThat(coverage.status()).isEqualTo(200);
		assertThat(coverage.body()).contains("<table class=\"coverage\">", "<th scope=\"col\"", "cell-empty",
				"cell-filled", "Dekking in Almere");
	}

	@Test
	void thePrintableSocialMapOfAlmereHasTheEightSupportFunctionsWithOrganisationsAndContacts() throws Exception {
		Page page = get("/sociale-kaart?gebied=almere");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Sociale kaart Almere", "href=\"/sociale-kaart.pdf?gebied=almere\"",
				"href=\"/organisaties/vmca\"", "class=\"printable\"");
		assertThat(page.body().split("class=\"function-section\"", -1)).hasSize(9);
		// Contacts are links to call or write, on paper too; what rests on the 2015 report says it may be old.
		assertThat(page.body()).contains("href=\"tel:0365341404\"", "href=\"mailto:",
				"(gecontroleerd in oktober 2015: mogelijk niet meer actueel)");
	}

	@Test
	void anOfferingWhoseOrganiserTheSourcesGiveNoContactForSendsCarersToTheirPointOfContact() throws Exception {
		// Gemeente Almere's housing urgency for carers: the sources give no contact for the municipality.
		Page almere = get("/aanbod/gemeente-almere-huururgentie-mantelzorgers");
		assertThat(almere.body()).contains("class=\"elsewhere\"", "Voor mantelzorgers kunt u terecht bij:",
				"In Almere: Vrijwilligers en Mantelzorg Centrale Almere", "href=\"tel:0365341404\"");
		// Huizen's compliment: no contact for the municipality, nor for the steunpunt; the HBEL-gemeenten's
		// Maatschappelijke Zaken has a website.
		Page huizen = get("/aanbod/gemeente-huizen-mantelzorgcompliment");
		assertThat(huizen.body()).contains("class=\"elsewhere\"", "href=\"https://www.maatschappelijkezaken.nl\"");
		// An offering whose organiser can be reached needs no detour.
		assertThat(get("/aanbod/vmca-eigen-tijd").body()).doesNotContain("class=\"elsewhere\"");
	}

	@Test
	void everyActiveOfferingACarerInAlmereOrHuizenFindsSaysHowToGetInTouch() throws Exception {
		for (String area : List.of("almere", "huizen")) {
			List<String> offerings = new ArrayList<>();
			int total;
			do {
				SearchResults page = this.search.search(new SearchRequest("", Map.of(Facet.AREA, List.of(area)), null,
						false, null, 100, offerings.size(), false));
				total = page.totalCount();
				page.hits().stream().filter((hit) -> hit.kind() == SearchKind.OFFERING).map(SearchResults.Hit::id)
					.forEach(offerings::add);
				if (page.hits().isEmpty()) {
					break;
				}
			}
			while (offerings.size() < total && offerings.size() % 100 == 0);
			assertThat(offerings).as(area).hasSizeGreaterThan(15);
			for (String id : offerings) {
				String body = get("/aanbod/" + id).body();
				int start = body.indexOf("id=\"organisers\"");
				String organisers = body.substring(start, body.indexOf("</section>", start));
				assertThat(organisers).as(id).containsAnyOf("href=\"tel:", "href=\"mailto:", "href=\"http");
			}
		}
	}

	@Test
	void aNetworkPageShowsWhatItsMembersDoForTheNetworksThemesNotEverythingTheyDo() throws Exception {
		Page chain = get("/netwerken/ketenzorg-dementie-almere");
		assertThat(chain.body()).contains("Dementie", "href=\"/aanbod/vmca-gesprekstafel-dementie\"")
			.doesNotContain("Tienerweekend", "href=\"/aanbod/vmca-jmz-tienerweekend\"");
	}

	@Test
	void theWordsOfThePaymentQuestionAreExplainedInTheGlossaryAndLinkedFromTheGuideAndTheOfferings() throws Exception {
		Page glossary = get("/begrippen");
		assertThat(glossary.body()).contains("id=\"wmo\"", "id=\"wlz\"", "id=\"zvw\"", "id=\"jeugdwet\"", "id=\"pgb\"",
				"id=\"indicatie\"", "id=\"eigen-bijdrage\"", "id=\"wijkteam\"");
		Page payment = get("/respijtwijzer?stap=6&gebied=almere&ga=verder");
		assertThat(payment.body()).contains("name=\"betaling\"", "class=\"hint payment-terms\"",
				"href=\"/begrippen#wmo\"", "href=\"/begrippen#pgb\"", "href=\"/begrippen#indicatie\"");
		// Rijswijk's household help for carers asks the CAK's own contribution: the page explains it.
		assertThat(get("/aanbod/gemeente-rijswijk-huishoudelijke-hulp-mantelzorgers").body())
			.contains("href=\"/begrippen#eigen-bijdrage\"", "Wat betekent dat?");
	}

	@Test
	void aRecordWhoseNewestSourceIsMoreThanAYearOldSaysItMayBeOutOfDate() throws Exception {
		Page old = get("/aanbod/humanitas-almere-vrijwilligersprojecten-zorg");
		assertThat(old.body()).contains("class=\"notice stale\"",
				"Gecontroleerd in oktober 2015: mogelijk niet meer actueel.");
	}

	@Test
	void theGuideWalksStepByStepBackAndForwardAndSkipping() throws Exception {
		Page first = get("/respijtwijzer");
		assertThat(first.body()).contains("Vraag 1 van 7", "name=\"zorgtVoor\"", "value=\"overslaan\"");

		Page second = get("/respijtwijzer?stap=1&zorgtVoor=PARTNER&leeftijd=78&ga=verder");
		assertThat(second.body()).contains("Vraag 2 van 7", "name=\"mijnLeeftijd\"", "value=\"YOUNG_CARER\"",
				"<input type=\"hidden\" name=\"zorgtVoor\" value=\"PARTNER\">");

		Page third = get("/respijtwijzer?stap=2&zorgtVoor=PARTNER&leeftijd=78&mijnLeeftijd=80&ga=verder");
		assertThat(third.body()).contains("Vraag 3 van 7", "name=\"thema\"",
				"<input type=\"hidden\" name=\"mijnLeeftijd\" value=\"80\">");

		Page back = get("/respijtwijzer?stap=2&zorgtVoor=PARTNER&leeftijd=78&mijnLeeftijd=80&ga=terug");
		assertThat(back.body()).contains("Vraag 1 van 7", "value=\"PARTNER\" checked=\"checked\"");

		Page skipped = get("/respijtwijzer?stap=5&zorgtVoor=PARTNER&moment=EVENING&ga=overslaan");
		assertThat(skipped.body()).contains("Vraag 6 van 7").doesNotContain("value=\"EVENING\"");
	}

	@Test
	void theGuidesResultForAPartnerWithDementiaInAlmereShowsTheMatchesWithTheirReasons() throws Exception {
		Page result = get("/respijtwijzer?stap=7&zorgtVoor=PARTNER&leeftijd=78&thema=dementie&pauze=SOMEONE_AT_HOME"
				+ "&gebied=almere&ga=verder");

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("7 passende vormen van hulp", "data-id=\"saar-aan-huis-hulp-thuis\"",
				"Geeft aanwezigheidszorg", "Soort pauze:", "Bijna passend", "data-id=\"vmca-held-in-huis\"",
				"Geeft vrijwillige hulp thuis", "href=\"/organisaties/vmca\"")
			.doesNotContain("Nu meteen hulp nodig?");
		// The volunteers for people with dementia come before the general help at home.
		assertThat(result.body().indexOf("data-id=\"vmca-ivt\""))
			.isLessThan(result.body().indexOf("data-id=\"saar-aan-huis-hulp-thuis\""));
	}

	@Test
	void theGuidesResultForAYoungCarerOfThirteenShowsTheTeenagersWeekendNotTheOneForEighteenPlus() throws Exception {
		Page result = get("/respijtwijzer?stap=7&zorgtVoor=PARENT&mijnLeeftijd=13&situatie=YOUNG_CARER&gebied=almere"
				+ "&ga=verder");

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("data-id=\"vmca-jmz-tienerweekend\"", "Speciaal voor jonge mantelzorgers")
			.doesNotContain("data-id=\"vmca-jmz-18-plus-weekend\"", "data-id=\"vmca-cursus-in-balans\"");
	}

	@Test
	void theGuidesResultForAnEmergencyAtNightNamesTheLocalDoorsAndWhatTheSourcesDoNotGive() throws Exception {
		Page result = get("/respijtwijzer?stap=7&moment=EMERGENCY&moment=NIGHT&gebied=almere&ga=verder");

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("Nu meteen hulp nodig?", "href=\"/organisaties/huisartsenpost-almere\"",
				"0900 203 0203", "href=\"/organisaties/wijkteams-almere\"", "href=\"/organisaties/gemeente-almere\"",
				"036 53 41 404", "href=\"/organisaties/zelfmoordpreventie-113\"", "Dit staat niet in onze bronnen",
				"Noodopvang voor Almere staat niet in onze bronnen")
			.doesNotContain("Een huisartsenpost voor Almere staat niet in onze bronnen");
		assertThat(result.body().indexOf("Nu meteen hulp nodig?")).isLessThan(result.body().indexOf("class=\"matches\""));
	}

	@Test
	void theEnglishSwitchTranslatesThePagesChromeAndIsRemembered() throws Exception {
		HttpResponse<String> switched = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/zoeken?q=dementie&lang=en"))
					.header("Accept", "text/html")
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(switched.body()).contains("<html lang=\"en\">", "What are you looking for?", "found",
				"href=\"/zoeken?q=dementie&amp;lang=nl\"", ">Nederlands<");
		String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

		Page later = get("/aanbod/vmca-gesprekstafel-dementie", cookie);
		assertThat(later.body()).contains("<html lang=\"en\">", "How to apply", "<h1>Gesprekstafel Dementie</h1>");
		assertThat(get("/aanbod/vmca-gesprekstafel-dementie").body()).contains("<html lang=\"nl\">");
	}

	@Test
	void badLinksGiveAFriendlyDutch400Page() throws Exception {
		for (String path : new String[] { "/zoeken?thema=bestaat-niet", "/zoeken?soort=alles",
				"/zoeken?q=dementie&pagina=500", "/zoeken?q=dementie&gebied=almere&pagina=4", "/zoeken?pagina=nul",
				"/zoeken?q=" + "a".repeat(10_000), "/zoeken?lat=95&lon=5", "/zoeken?thema=NIET%20GELDIG",
				"/respijtwijzer?stap=8&zorgtVoor=HOND", "/respijtwijzer?stap=8&leeftijd=300",
				"/respijtwijzer?stap=8&gebied=flevoland", "/dekking?gebied=nergens", "/sociale-kaart.pdf" }) {
			Page page = get(path);
			String shown = (path.length() > 80) ? path.substring(0, 80) + "…" : path;
			assertThat(page.status()).as(shown).isEqualTo(400);
			assertThat(page.body()).as(shown)
				.contains("<html lang=\"nl\">", "Deze vraag kunnen we niet beantwoorden")
				.doesNotContain("Exception", "at nl.mantelzorgkaart");
		}
	}

	@Test
	void unknownRecordsAndPagesGiveA404Page() throws Exception {
		for (String path : new String[] { "/aanbod/bestaat-niet", "/organisaties/bestaat-niet",
				"/netwerken/bestaat-niet", "/aanbod/Geen%20Id", "/bestaat/niet" }) {
			Page page = get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("niet gevonden").doesNotContain("Exception");
		}
	}

	@Test
	void suggestionsCompleteTheSearchBox() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/zoeken/suggesties?q=gespreksta"))
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"url\":\"/aanbod/vmca-gesprekstafel-dementie\"");
	}

	@Test
	void theEmbedScriptAndItsDemoAndTheMapLibraryAreServedByTheApp() throws Exception {
		assertThat(get("/embed.js").body()).contains("attachShadow", "/graphql");
		assertThat(get("/embed-demo.html").body()).contains("src=\"/embed.js\"", "data-area=\"almere\"");
		assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
	}

}
