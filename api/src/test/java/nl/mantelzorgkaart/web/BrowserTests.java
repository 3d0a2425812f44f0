package nl.mantelzorgkaart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SocialMapSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser (headless Chromium): the journeys of the issue, keyboard only where a
 * caregiver would type, axe-core on every page (no serious or critical violation), a screenshot per page
 * in {@code target/screenshots}, and the page weight and time to first byte of the search page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

	@Autowired
	SocialMapSearch search;

	/** How many records the search for dementia in Almere finds: the count the page must show. */
	int dementiaInAlmere() {
		return this.search.search(new SearchRequest("dementie", Map.of(Facet.AREA, List.of("almere")), null, false,
				null, 1, 0, false)).totalCount();
	}

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@BeforeEach
	void dutchAgain() {
		// The language choice lives in a cookie; each journey starts as a new Dutch visitor.
		this.browser.open("/begrippen");
		this.browser.driver.manage().deleteAllCookies();
	}

	@Test
	void searchThenFacetThenDetailWithTheKeyboard() {
		this.browser.open("/");
		accessible("home");
		// The first Tab reaches the skip link, which takes the keyboard to the content.
		this.browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(focused().getAttribute("class")).isEqualTo("skip-link");

		WebElement box = this.browser.driver.findElement(By.id("q"));
		// Suggestions fill the box's list as one types.
		box.sendKeys("gespreksta");
		this.browser.waiting()
			.until((d) -> !d.findElements(By.cssSelector("#suggesties option[value='Gesprekstafel Dementie']")).isEmpty());
		box.clear();
		box.sendKeys("dementie");
		this.browser.driver.findElement(By.id("gebied")).sendKeys("Almere");
		box.sendKeys(Keys.ENTER);
		this.browser.waiting().until(ExpectedConditions.urlContains("/zoeken?q=dementie"));
		assertThat(this.browser.driver.getCurrentUrl()).contains("gebied=almere");
		assertThat(text(".result-count")).contains("van " + dementiaInAlmere() + " gevonden");
		assertThat(this.browser.driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();

		// The map draws from the app's own Leaflet; its tiles cannot load here (see the test
		// application.properties), and the list stays as it was.
		this.browser.waiting().until((d) -> d.findElement(By.id("kaart")).getAttribute("data-ready") != null);
		assertThat(this.browser.driver.findElements(By.cssSelector("#kaart .leaflet-marker-icon"))).isNotEmpty();
		assertThat(this.browser.driver.findElement(By.id("kaart")).getAttribute("data-tiles")).contains("127.0.0.1:9");
		assertThat(this.browser.driver.findElement(By.id("kaart-note")).isDisplayed()).isTrue();
		assertThat(this.browser.driver.findElements(By.cssSelector(".hits .hit"))).hasSize(10);
		accessible("search");

		WebElement offeringsOnly = this.browser.driver
			.findElement(By.cssSelector("[data-facet=soort] a[data-value=offering]"));
		offeringsOnly.sendKeys(Keys.ENTER);
		this.browser.waiting().until(ExpectedConditions.urlContains("soort=offering"));
		List<String> kinds = this.browser.driver.findElements(By.cssSelector(".hits .hit"))
			.stream()
			.map((hit) -> hit.getAttribute("data-kind"))
			.distinct()
			.toList();
		assertThat(kinds).containsExactly("offering");
		assertThat(this.browser.driver.findElement(By.cssSelector("[data-facet=soort] a[data-value=offering]"))
			.getAttribute("aria-current")).isEqualTo("true");
		accessible("search-facet");

		WebElement first = this.browser.driver.findElement(By.cssSelector(".hits .hit a.hit-link"));
		String name = first.getText();
		first.sendKeys(Keys.ENTER);
		this.browser.waiting().until(ExpectedConditions.urlContains("/aanbod/"));
		assertThat(text("h1")).isEqualTo(name);
		assertThat(text("main")).contains("Wat is het?", "Voor wie?", "Hoe vraagt u het aan?", "Laatst gecontroleerd");
		accessible("offering");

		this.browser.driver.findElement(By.cssSelector(".contacts a.org-name")).sendKeys(Keys.ENTER);
		this.browser.waiting().until(ExpectedConditions.urlContains("/organisaties/"));
		assertThat(text("main")).contains("Contact", "Aanbod");
		accessible("organisation");
	}

	@Test
	void theRespiteGuideEndToEndWithTheKeyboardBackForwardAndSkipping() {
		this.browser.open("/respijtwijzer");
		assertThat(text(".progress")).contains("Vraag 1 van 7");
		accessible("guide-step-1");
		this.browser.driver.findElement(By.cssSelector("input[name=zorgtVoor][value=PARTNER]")).sendKeys(Keys.SPACE);
		this.browser.driver.findElement(By.id("leeftijd")).sendKeys("78");
		press("guide-next");

		assertThat(text(".progress")).contains("Vraag 2 van 7");
		// Each step starts where the new question is.
		assertThat(focused().getAttribute("id")).isEqualTo("step-heading");
		this.browser.driver.findElement(By.id("mijnLeeftijd")).sendKeys("80");
		accessible("guide-step-2");
		press("guide-next");

		assertThat(text(".progress")).contains("Vraag 3 van 7");
		this.browser.driver.findElement(By.cssSelector("input[name=thema][value=dementie]")).sendKeys(Keys.SPACE);
		press("guide-next");

		this.browser.driver.findElement(By.cssSelector("input[name=pauze][value=SOMEONE_AT_HOME]")).sendKeys(Keys.SPACE);
		press("guide-next");

		assertThat(text(".progress")).contains("Vraag 5 van 7");
		press("guide-skip");

		assertThat(text(".progress")).contains("Vraag 6 van 7");
		this.browser.driver.findElement(By.id("gebied")).sendKeys("Almere");
		press("guide-next");

		assertThat(text(".progress")).contains("Vraag 7 van 7");
		press("guide-back");
		assertThat(text(".progress")).contains("Vraag 6 van 7");
		assertThat(this.browser.driver.findElement(By.cssSelector("#gebied option:checked")).getText()).isEqualTo("Almere");
		press("guide-next");
		accessible("guide-step-7");
		press("guide-next");

		assertThat(text("#step-heading")).isEqualTo("5 passende vormen van hulp");
		List<String> matches = this.browser.driver.findElements(By.cssSelector("ol.matches > li"))
			.stream()
			.map((li) -> li.getAttribute("data-id"))
			.toList();
		assertThat(matches).containsExactlyInAnyOrder("vmca-ivt", "vmca-held-in-huis", "saar-aan-huis-hulp-thuis",
				"vmca-vrijwilligersprojecten-zorg", "humanitas-almere-vrijwilligersprojecten-zorg");
		assertThat(text("[data-id=saar-aan-huis-hulp-thuis] .reasons")).contains("Past", "Soort pauze:",
				"Geeft aanwezigheidszorg", "In Almere");
		assertThat(text("main")).contains("Hier kunt u altijd terecht");
		accessible("guide-result");
	}

	@Test
	void theSocialMapOfAlmerePrintsWithoutNavigationGroupedByTheEightFunctions() throws IOException {
		this.browser.open("/sociale-kaart?gebied=almere");
		assertThat(this.browser.driver.findElements(By.cssSelector("section.function-section"))).hasSize(8);
		assertThat(text("main")).contains("Sociale kaart Almere", "Tel.");
		assertThat(this.browser.driver.findElement(By.id("pdf-link")).getAttribute("href"))
			.endsWith("/sociale-kaart.pdf?gebied=almere");
		accessible("social-map");

		this.browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(this.browser.driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
			assertThat(this.browser.driver.findElement(By.cssSelector("form.no-print")).isDisplayed()).isFalse();
			assertThat(this.browser.driver.findElement(By.cssSelector(".function-section h2")).isDisplayed()).isTrue();
			this.browser.screenshot("social-map-print");
			// What the browser's print dialog would produce, kept beside the screenshots.
			String pdf = this.browser.driver.print(new org.openqa.selenium.print.PrintOptions()).getContent();
			Files.write(Browser.SCREENSHOTS.resolve("social-map-print.pdf"), java.util.Base64.getDecoder().decode(pdf));
		}
		finally {
			this.browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void aPlaceTypedInTheBoxIsAScopeToTakeOffAndTheWordIsExplainedApart() {
		this.browser.open("/");
		WebElement box = this.browser.driver.findElement(By.id("q"));
		box.sendKeys("wat is logeerzorg in almere", Keys.ENTER);
		this.browser.waiting().until(ExpectedConditions.urlContains("/zoeken?q="));
		WebElement explanation = this.browser.driver.findElement(By.cssSelector(".explanation"));
		assertThat(explanation.isDisplayed()).isTrue();
		assertThat(explanation.getText()).contains("Wat is Logeerzorg?");
		// The word is explained above the hits, never one of them.
		assertThat(this.browser.driver.findElements(By.cssSelector(".hits .hit[data-kind=term]"))).isEmpty();
		WebElement place = this.browser.driver.findElement(By.cssSelector(".place-in-text a.chip-remove"));
		assertThat(place.isDisplayed()).isTrue();
		assertThat(place.getText()).contains("in Almere");
		accessible("search-place-in-text");

		place.sendKeys(Keys.ENTER);
		this.browser.waiting().until((d) -> d.findElements(By.cssSelector(".place-in-text")).isEmpty());
		assertThat(this.browser.driver.getCurrentUrl()).doesNotContain("almere");
		assertThat(this.browser.driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("wat is logeerzorg in");
	}

	@Test
	void theEmbedDemoSearchesThePublicApiInsideItsShadowRoot() {
		this.browser.open("/embed-demo.html");
		SearchContext embed = this.browser.waiting()
			.until((d) -> d.findElement(By.id("mantelzorgkaart")).getShadowRoot());
		WebElement input = this.browser.waiting().until((d) -> embed.findElement(By.cssSelector("input[type=search]")));
		input.sendKeys("respijt", Keys.ENTER);
		this.browser.waiting()
			.until((d) -> !embed.findElements(By.cssSelector("ol.results li")).isEmpty());
		List<WebElement> links = embed.findElements(By.cssSelector("ol.results li a"));
		assertThat(links).isNotEmpty();
		assertThat(links.get(0).getAttribute("href")).startsWith(this.browser.base + "/");
		assertThat(embed.findElement(By.cssSelector(".status")).getText()).contains("gevonden");
		accessible("embed-demo");
	}

	@Test
	void theEnglishSwitchTranslatesEveryPageAndStaysOn() {
		this.browser.open("/");
		assertThat(this.browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
		this.browser.driver.findElement(By.id("lang-switch")).sendKeys(Keys.ENTER);
		this.browser.waiting().until((d) -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(text("h1")).isEqualTo("Help and a break for informal caregivers");
		accessible("home-en");

		this.browser.open("/respijtwijzer");
		assertThat(text(".progress")).contains("Question 1 of 7");
		this.browser.open("/zoeken?q=dementie&gebied=almere");
		assertThat(text(".result-count")).contains("of " + dementiaInAlmere() + " found");
		accessible("search-en");
		this.browser.driver.findElement(By.id("lang-switch")).sendKeys(Keys.ENTER);
		this.browser.waiting().until((d) -> "nl".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(this.browser.driver.getCurrentUrl()).contains("q=dementie", "gebied=almere");
	}

	@Test
	void theOtherPagesPassAxeOnAPhoneAndOnAScreen() {
		this.browser.open("/netwerken/ketennetwerk-kopp-kov-almere");
		assertThat(this.browser.driver.findElements(By.cssSelector(".network-picture svg circle.member"))).isNotEmpty();
		accessible("network");
		this.browser.open("/begrippen");
		accessible("glossary");
		this.browser.open("/dekking?gebied=almere");
		assertThat(this.browser.driver.findElements(By.cssSelector("table.coverage td.cell-empty"))).isNotEmpty();
		accessible("coverage");
		this.browser.open("/aanbod/bestaat-niet");
		assertThat(text("h1")).isEqualTo("Pagina niet gevonden");
		accessible("not-found");
		// A record on a 2015 source says it may be old; one without a contact sends carers on.
		this.browser.open("/aanbod/humanitas-almere-vrijwilligersprojecten-zorg");
		assertThat(text(".notice.stale")).startsWith("Gecontroleerd in oktober 2015");
		accessible("offering-stale");
		this.browser.open("/aanbod/gemeente-huizen-mantelzorgcompliment");
		assertThat(this.browser.driver.findElements(By.cssSelector(".elsewhere a[href^='http'], .elsewhere a[href^='tel:']")))
			.isNotEmpty();
		accessible("offering-elsewhere");
		// GraphiQL starts under the Content-Security-Policy, which allows no inline script.
		this.browser.open("/graphiql");
		this.browser.waiting().until((driver) -> !driver.findElements(By.cssSelector(".graphiql-container")).isEmpty());
		this.browser.screenshot("graphiql");
		this.browser.open("/respijtwijzer?stap=6&gebied=almere&ga=verder");
		assertThat(this.browser.driver.findElements(By.cssSelector(".payment-terms a[href='/begrippen#wmo']"))).hasSize(1);
		accessible("guide-payment");

		org.openqa.selenium.Dimension screen = this.browser.driver.manage().window().getSize();
		this.browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			this.browser.open("/");
			Number overflow = (Number) this.browser
				.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
			accessible("home-phone");
			this.browser.open("/zoeken?q=logeren&gebied=almere");
			accessible("search-phone");
			// The notes this session added, as a carer reads them on a phone: an old record, a detour to a contact.
			for (String page : List.of("/aanbod/humanitas-almere-vrijwilligersprojecten-zorg",
					"/aanbod/gemeente-huizen-mantelzorgcompliment")) {
				this.browser.open(page);
				Number sideways = (Number) this.browser
					.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(sideways.intValue()).as("no sideways scrolling on a phone: " + page).isLessThanOrEqualTo(0);
			}
			accessible("offering-elsewhere-phone");
		}
		finally {
			this.browser.driver.manage().window().setSize(screen);
		}
	}

	@Test
	void pageWeightAndTimeToFirstByteOfTheSearchPage() throws Exception {
		Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
		for (String path : List.of("/", "/zoeken?q=dementie&gebied=almere", "/aanbod/saar-aan-huis-hulp-thuis",
				"/sociale-kaart?gebied=almere")) {
			// A first visit: nothing cached, so every byte the page needs is counted.
			this.browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			this.browser.open(path);
			this.browser.waiting().until((d) -> "complete".equals(this.browser.script("return document.readyState")));
			Thread.sleep(500); // let the map's late scripts finish so their bytes count
			figures.put(path, this.browser.timing());
		}
		// Time to first byte over plain HTTP, warm, 20 times: the median is the figure to report.
		HttpClient http = HttpClient.newHttpClient();
		long[] ttfb = new long[20];
		for (int i = 0; i < ttfb.length; i++) {
			long start = System.nanoTime();
			HttpResponse<java.io.InputStream> response = http.send(
					HttpRequest.newBuilder(URI.create(this.browser.base + "/zoeken?q=dementie&gebied=almere")).build(),
					HttpResponse.BodyHandlers.ofInputStream());
			response.body().read();
			ttfb[i] = (System.nanoTime() - start) / 1_000;
			response.body().close();
		}
		Arrays.sort(ttfb);
		List<String> lines = new ArrayList<>();
		figures.forEach((path, timing) -> lines.add(String.format(java.util.Locale.ROOT,
				"%-36s ttfb %6.1f ms  DOMContentLoaded %7.1f ms  load %7.1f ms  document %6d B  transferred %7d B"
						+ " (%d B unpacked) in %d requests",
				path, number(timing, "ttfbMs"), number(timing, "domContentLoadedMs"), number(timing, "loadMs"),
				(long) number(timing, "documentBytes"), (long) number(timing, "totalBytes"),
				(long) number(timing, "totalDecodedBytes"), 1 + (long) number(timing, "resourceCount"))));
		lines.add(String.format(java.util.Locale.ROOT,
				"search page over HTTP (20 warm requests): TTFB median %.1f ms, p90 %.1f ms", ttfb[10] / 1000.0,
				ttfb[17] / 1000.0));
		Files.createDirectories(Browser.SCREENSHOTS);
		Files.write(Browser.SCREENSHOTS.resolve("page-figures.txt"), lines);
		lines.forEach(System.out::println);

		Map<String, Object> search = figures.get("/zoeken?q=dementie&gebied=almere");
		assertThat(number(search, "documentBytes")).isPositive();
		// A budget, so that a page that bloats fails: well under a megabyte with the map library.
		assertThat(number(search, "totalBytes")).isLessThan(600_000);
		assertThat(ttfb[10]).as("median TTFB in µs").isLessThan(2_000_000);
	}

	// --- Helpers ---

	private void accessible(String page) {
		List<String> violations = this.browser.seriousAccessibilityViolations();
		this.browser.screenshot(page);
		assertThat(violations).as("axe-core, serious and critical, on " + page + " (" + this.browser.driver.getCurrentUrl()
				+ ")").isEmpty();
	}

	private void press(String buttonId) {
		String before = this.browser.driver.getCurrentUrl();
		this.browser.driver.findElement(By.id(buttonId)).sendKeys(Keys.ENTER);
		this.browser.waiting().until((d) -> !d.getCurrentUrl().equals(before));
	}

	private WebElement focused() {
		return this.browser.driver.switchTo().activeElement();
	}

	private String text(String css) {
		return this.browser.driver.findElement(By.cssSelector(css)).getText();
	}

	private static double number(Map<String, Object> timing, String key) {
		return ((Number) timing.get(key)).doubleValue();
	}

}
