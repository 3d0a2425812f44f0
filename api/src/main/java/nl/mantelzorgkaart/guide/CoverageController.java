package nl.mantelzorgkaart.guide;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code coverage} query: coverage and gaps of caregiver support in an area. */
@Controller
class CoverageController {

	private final CoverageReport report;

	CoverageController(CoverageReport report) {
		this.report = report;
	}

	@QueryMapping
	Coverage coverage(@Argument String area) {
		return this.report.of(area);
	}

}
