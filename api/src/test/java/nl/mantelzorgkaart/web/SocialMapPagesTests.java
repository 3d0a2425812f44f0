package nl.mantelzorgkaart.web;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.HUIZEN;
import static nl.mantelzorgkaart.SeedRecords.INFORMATIE_EN_ADVIES;
import static nl.mantelzorgkaart.SeedRecords.RESPIJTZORG;
import static nl.mantelzorgkaart.SeedRecords.VERIFIED;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static nl.mantelzorgkaart.SeedRecords.WAGENMAKERBAAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.AreaReads;
import nl.mantelzorgkaart.guide.CoverageReport;
import nl.mantelzorgkaart.knowledge.Glossary;
import nl.mantelzorgkaart.taxonomy.TaxonomyReads;
import nl.mantelzorgkaart.web.SocialMapSheet.Entry;
import nl.mantelzorgkaart.web.SocialMapSheet.Item;
import nl.mantelzorgkaart.web.SocialMapSheet.Section;
import nl.mantelzorgkaart.web.SocialMapSheet.Sheet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The printable social map and its PDF, made from a stubbed sheet without a database: per support
 * function who offers what with their contact details, the same in the PDF (in the visitor's language),
 * and the 400 page for a missing or unknown area. The choice of area lists the municipalities the
 * information pages read, so that controller is part of the slice too.
 */
@WebMvcTest({ SocialMapPages.class, InformationPages.class })
@Import(WebSliceConfiguration.class)
class SocialMapPagesTests {

	/** Almere: information from the VMCA and from an organiser the sources do not name; no respite. */
	static final Sheet ALMERE_SHEET = new Sheet(ALMERE, VERIFIED,
			List.of(new Section(INFORMATIE_EN_ADVIES,
					List.of(new Entry(VMCA, List.of(WAGENMAKERBAAN), List.of(new Item(EIGEN_TIJD, List.of()))),
							new Entry(null, List.of(), List.of(new Item(GESPREKSTAFEL_DEMENTIE, List.of()))))),
					new Section(RESPIJTZORG, List.of())),
			1, 2);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SocialMapSheet sheets;

	@MockitoBean
	AreaReads areas;

	@MockitoBean
	TaxonomyReads taxonomy;

	@MockitoBean
	Glossary glossary;

	@MockitoBean
	CoverageReport coverage;

	@BeforeEach
	void municipalities() {
		given(this.areas.areas(Area.Kind.MUNICIPALITY)).willReturn(List.of(ALMERE, HUIZEN));
	}

	@Test
	void shouldOfferTheChoiceOfMunicipalityBeforeAnyAreaIsChosen() {
		assertThat(this.mvc.get().uri("/sociale-kaart")).hasStatusOk()
			.bodyText()
			.contains("<h1>Sociale kaart</h1>", "<option value=\"almere\">Almere</option>", "Toon")
			.doesNotContain("function-section");
		verifyNoInteractions(this.sheets);
	}

	@Test
	void shouldListPerSupportFunctionTheOrganisationsWithContactDetailsAndOfferings() {
		given(this.sheets.of("almere")).willReturn(ALMERE_SHEET);

		assertThat(this.mvc.get().uri("/sociale-kaart?gebied=almere")).hasStatusOk()
			.bodyText()
			.contains("<body class=\"printable\">", "<h1>Sociale kaart Almere</h1>", "Gemaakt op 1-1-2026",
					"1. Informatie en advies", "href=\"/organisaties/vmca\"",
					"<span>Tel.</span> <a href=\"tel:0365341404\">036 53 41 404</a>", "Wagenmakerbaan 43, 1315 BC Almere",
					"href=\"/aanbod/vmca-eigen-tijd\"", "— Aanmelden bij de VMCA.",
					"Aanbieder onbekend", "href=\"/aanbod/vmca-gesprekstafel-dementie\"", "2. Respijtzorg",
					"Geen aanbod bekend in dit gebied.", "href=\"/sociale-kaart.pdf?gebied=almere\"",
					"<option value=\"almere\" selected=\"selected\">Almere</option>");
	}

	@Test
	void shouldSendTheSameSheetAsAPdfToSaveOrHandOut() throws Exception {
		given(this.sheets.of("almere")).willReturn(ALMERE_SHEET);

		MvcTestResult result = this.mvc.get().uri("/sociale-kaart.pdf?gebied=almere").exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(result).headers()
			.hasValue(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sociale-kaart-almere.pdf\"");
		assertThat(text(result)).startsWith("Sociale kaart Almere")
			.contains("1. Informatie en advies", "Vrijwilligers en Mantelzorg Centrale Almere", "Tel. 036 53 41 404",
					"Wagenmakerbaan 43, 1315 BC Almere", "Eigen Tijd", "Aanbieder onbekend", "2. Respijtzorg",
					"Geen aanbod bekend in dit gebied.");
	}

	@Test
	void shouldWriteThePdfInEnglishAfterTheSwitchWithTheSourcesNamesInDutch() throws Exception {
		given(this.sheets.of("almere")).willReturn(ALMERE_SHEET);

		MvcTestResult result = this.mvc.get().uri("/sociale-kaart.pdf?gebied=almere&lang=en").exchange();

		assertThat(text(result)).startsWith("Social map Almere")
			.contains("Informatie en advies", "Provider unknown", "Nothing known on offer in this area.");
	}

	@Test
	void shouldShowTheBadRequestPageNamingGebiedForAPdfWithoutArea() {
		assertThat(this.mvc.get().uri("/sociale-kaart.pdf")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Deze vraag kunnen we niet beantwoorden", "Het gaat om: gebied");
		verifyNoInteractions(this.sheets);
	}

	@Test
	void shouldShowTheBadRequestPageNamingGebiedForAnUnknownArea() {
		given(this.sheets.of("atlantis")).willThrow(new BadPageRequest("gebied", "no area 'atlantis'"));

		assertThat(this.mvc.get().uri("/sociale-kaart?gebied=atlantis")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Het gaat om: gebied");
	}

	private static String text(MvcTestResult result) throws Exception {
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
