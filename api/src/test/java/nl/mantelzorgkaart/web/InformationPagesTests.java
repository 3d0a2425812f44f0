package nl.mantelzorgkaart.web;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.ALMERE_HAVEN;
import static nl.mantelzorgkaart.SeedRecords.BLOKZORG;
import static nl.mantelzorgkaart.SeedRecords.BLOKZORG_TERM;
import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.HUIZEN;
import static nl.mantelzorgkaart.SeedRecords.INFORMATIE_EN_ADVIES;
import static nl.mantelzorgkaart.SeedRecords.MANTELZORGERS;
import static nl.mantelzorgkaart.SeedRecords.MANTELZORGMAKELAAR;
import static nl.mantelzorgkaart.SeedRecords.RESPIJTZORG;
import static nl.mantelzorgkaart.SeedRecords.RESPIJT_LIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.AreaReads;
import nl.mantelzorgkaart.area.AreaReads.Place;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.guide.Coverage;
import nl.mantelzorgkaart.guide.CoverageReport;
import nl.mantelzorgkaart.knowledge.Glossary;
import nl.mantelzorgkaart.taxonomy.Taxa.Taxonomy;
import nl.mantelzorgkaart.taxonomy.Taxa.TaxonomyCount;
import nl.mantelzorgkaart.taxonomy.TaxonomyReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The home page, the glossary and the coverage page, rendered without a database: what each shows, in
 * Dutch and in English, and the 400 page for an area the coverage page does not know.
 */
@WebMvcTest(InformationPages.class)
@Import(WebSliceConfiguration.class)
class InformationPagesTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TaxonomyReads taxonomy;

	@MockitoBean
	AreaReads areas;

	@MockitoBean
	Glossary glossary;

	@MockitoBean
	CoverageReport coverage;

	@BeforeEach
	void municipalities() {
		given(this.areas.areas(Area.Kind.MUNICIPALITY)).willReturn(List.of(ALMERE, HUIZEN));
		given(this.areas.places()).willReturn(List.of(new Place(HBEL, 0), new Place(ALMERE, 0),
				new Place(ALMERE_HAVEN, 1), new Place(HUIZEN, 0)));
	}

	/** The region of the HBEL-gemeenten, as the seed data has it. */
	private static final Area HBEL = new Area("hbel", "HBEL-gemeenten", Area.Kind.REGION, null, null);

	@Test
	void shouldOfferTheRegionsMunicipalitiesAndTheirDistrictsAsPlacesInHierarchyOrder() {
		given(this.taxonomy.taxonomy(null, false)).willReturn(new Taxonomy(List.of(), List.of(), List.of(), List.of(),
				List.of()));

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.containsSubsequence("<option value=\"hbel\">HBEL-gemeenten</option>", "<option value=\"almere\">Almere</option>",
					"<option value=\"almere-haven\">\u00a0\u00a0Almere Haven</option>", "<option value=\"huizen\">Huizen</option>");
	}

	@Test
	void shouldStartWithASearchBoxThePlacesAndTheSituationsThatHaveOfferings() {
		given(this.taxonomy.taxonomy(null, false)).willReturn(new Taxonomy(List.of(
				new TaxonomyCount("dementie", "Dementie", 12), new TaxonomyCount("nah", "Niet-aangeboren hersenletsel", 0)),
				List.of(), List.of(), List.of(), List.of()));

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"nl\">", "<h1>Hulp en even vrij voor mantelzorgers</h1>", "action=\"/zoeken\"",
					"<option value=\"almere\">Almere</option>", "<option value=\"huizen\">Huizen</option>",
					"href=\"/zoeken?thema=dementie\"", "<span class=\"count\">12</span>", "Respijtwijzer: even vrij",
					"href=\"/?lang=en\"")
			// A situation without any offering would lead to an empty search: it is left out.
			.doesNotContain("thema=nah");
	}

	@Test
	void shouldGreetInEnglishAfterTheSwitch() {
		given(this.taxonomy.taxonomy(null, false))
			.willReturn(new Taxonomy(List.of(), List.of(), List.of(), List.of(), List.of()));

		assertThat(this.mvc.get().uri("/?lang=en")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\">", "Help and a break for informal caregivers", ">Nederlands<");
	}

	@Test
	void shouldExplainEveryTermWithItsSynonymsAndASearchForIt() {
		given(this.glossary.terms()).willReturn(List.of(BLOKZORG_TERM, MANTELZORGMAKELAAR));

		assertThat(this.mvc.get().uri("/begrippen")).hasStatusOk()
			.bodyText()
			.contains("<h1>Begrippen</h1>", "<dt id=\"blokzorg\" lang=\"nl\">Blokzorg</dt>", "Ook wel", "Blokszorg",
					"href=\"/zoeken?q=Mantelzorgmakelaar\"", "Zoek aanbod voor Mantelzorgmakelaar");
	}

	@Test
	void shouldShowTheCoverageOfAnAreaWithItsGapsMarked() {
		given(this.coverage.of("almere")).willReturn(new Coverage(ALMERE, List.of(ALMERE, ALMERE_HAVEN),
				List.of(INFORMATIE_EN_ADVIES, RESPIJTZORG),
				List.of(new Coverage.Row(MANTELZORGERS, 0, true,
						List.of(new Coverage.Cell(INFORMATIE_EN_ADVIES, List.of(EIGEN_TIJD, GESPREKSTAFEL_DEMENTIE), List.of(),
								List.of()), new Coverage.Cell(RESPIJTZORG, List.of(), List.of(EIGEN_TIJD), List.of())),
						2, List.of(RESPIJTZORG))),
				List.of(new Coverage.RespiteTypeCoverage(RESPIJT_LIGHT, List.of(EIGEN_TIJD), List.of(), List.of()),
						new Coverage.RespiteTypeCoverage(BLOKZORG, List.of(), List.of(), List.of())),
				List.of(BLOKZORG),
				List.of(new Coverage.SubArea(ALMERE_HAVEN, 1, List.of(RESPIJTZORG), List.of(BLOKZORG))), 2, 0, 1));

		assertThat(this.mvc.get().uri("/dekking?gebied=almere")).hasStatusOk()
			.bodyText()
			.contains("<h1>Dekking in Almere</h1>", "2 vormen van aanbod; 1 lege vakken voor mantelzorgers.",
					"<th scope=\"col\">Respijtzorg</th>", "title=\"Eigen Tijd, Gesprekstafel dementie\"",
					"cell-empty", "+1 gepland", "Blokzorg</span>:", "ontbreekt", "Almere Haven",
					"href=\"/sociale-kaart?gebied=almere\"", "<option value=\"almere\" selected=\"selected\">Almere</option>");
	}

	@Test
	void shouldOfferTheChoiceOfAreaBeforeAnyCoverageIsAskedFor() {
		assertThat(this.mvc.get().uri("/dekking")).hasStatusOk()
			.bodyText()
			.contains("<h1>Dekking</h1>", "<option value=\"huizen\">Huizen</option>")
			.doesNotContain("<table");
		verifyNoInteractions(this.coverage);
	}

	@Test
	void shouldShowTheBadRequestPageNamingGebiedForAnUnknownArea() {
		given(this.coverage.of("atlantis")).willThrow(new NotFoundException("area", "atlantis"));

		assertThat(this.mvc.get().uri("/dekking?gebied=atlantis")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Deze vraag kunnen we niet beantwoorden", "Het gaat om: gebied", "href=\"/\"");
	}

}
