package nl.mantelzorgkaart.guide;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.ALMERE_HAVEN;
import static nl.mantelzorgkaart.SeedRecords.BLOKZORG;
import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.INFORMATIE_EN_ADVIES;
import static nl.mantelzorgkaart.SeedRecords.MANTELZORGERS;
import static nl.mantelzorgkaart.SeedRecords.RESPIJTZORG;
import static nl.mantelzorgkaart.SeedRecords.RESPIJT_LIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.util.List;

import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.ClientMessage;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The {@code coverage} query without a database: the report of an area as a municipality officer reads
 * it (which cells are empty, which respite types are missing, per district), and the errors for an
 * unknown area and for one too large to report on.
 */
@GraphQlTest(CoverageController.class)
@Import(GraphQlSliceConfiguration.class)
class CoverageControllerTests {

	/** Almere with two support functions: information is there, respite is a gap, in Almere Haven too. */
	static final Coverage ALMERE_COVERAGE = new Coverage(ALMERE, List.of(ALMERE, ALMERE_HAVEN),
			List.of(INFORMATIE_EN_ADVIES, RESPIJTZORG),
			List.of(new Coverage.Row(MANTELZORGERS, 0, true, List.of(
					new Coverage.Cell(INFORMATIE_EN_ADVIES, List.of(EIGEN_TIJD), List.of(GESPREKSTAFEL_DEMENTIE), List.of()),
					new Coverage.Cell(RESPIJTZORG, List.of(), List.of(), List.of())), 1, List.of(RESPIJTZORG))),
			List.of(new Coverage.RespiteTypeCoverage(RESPIJT_LIGHT, List.of(EIGEN_TIJD), List.of(), List.of()),
					new Coverage.RespiteTypeCoverage(BLOKZORG, List.of(), List.of(), List.of())),
			List.of(BLOKZORG),
			List.of(new Coverage.SubArea(ALMERE_HAVEN, 1, List.of(RESPIJTZORG), List.of(BLOKZORG))),
			1, 0, 1);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	CoverageReport report;

	@Test
	void shouldShowWhichCellsOfAnAreaAreEmptyAndWhichRespiteTypesAreMissing() {
		given(this.report.of("almere")).willReturn(ALMERE_COVERAGE);

		var response = this.graphQl.documentName("coverage").variable("area", "almere").execute();

		response.path("coverage.area.name").entity(String.class).isEqualTo("Almere");
		response.path("coverage.supportFunctions[*].id").entityList(String.class)
			.containsExactly("informatie-en-advies", "respijtzorg");
		response.path("coverage.rows[0].targetGroup.name").entity(String.class).isEqualTo("Mantelzorgers");
		response.path("coverage.rows[0].cells[0].count").entity(Integer.class).isEqualTo(1);
		response.path("coverage.rows[0].cells[0].offerings[*].name").entityList(String.class)
			.containsExactly("Eigen Tijd");
		response.path("coverage.rows[0].cells[0].plannedOfferings[*].id").entityList(String.class)
			.containsExactly("vmca-gesprekstafel-dementie");
		response.path("coverage.rows[0].cells[1].empty").entity(Boolean.class).isEqualTo(true);
		response.path("coverage.rows[0].emptyFunctions[*].id").entityList(String.class).containsExactly("respijtzorg");
		response.path("coverage.respiteTypes[*].present").entityList(Boolean.class).containsExactly(true, false);
		response.path("coverage.missingRespiteTypes[*].id").entityList(String.class).containsExactly("blokzorg");
		response.path("coverage.subAreas[0].area.name").entity(String.class).isEqualTo("Almere Haven");
		response.path("coverage.emptyCellCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void shouldAnswerAnUnknownAreaWithNullAndNotFoundNamingKindAndId() {
		given(this.report.of("atlantis")).willThrow(new NotFoundException("area", "atlantis"));

		this.graphQl.document("{ coverage(area: \"atlantis\") { offeringCount } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "area").containsEntry("id", "atlantis");
			}))
			.path("coverage").valueIsNull();
	}

	@Test
	void shouldRefuseAProvinceAsABadRequestNamingTheArea() {
		given(this.report.of("flevoland")).willThrow(new InvalidArgumentException("area", "api.coverage.scope", "flevoland",
				ClientMessage.word("api.areaKind.PROVINCE")));

		this.graphQl.document("{ coverage(area: \"flevoland\") { offeringCount } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "area");
				// "... 'flevoland' is een provincie: ..." or "... 'flevoland' is a province: ...", as the request asks.
				assertThat(error.getMessage()).contains("'flevoland'").containsPattern("provin(ce|cie)");
			}))
			.path("coverage").valueIsNull();
	}

}
