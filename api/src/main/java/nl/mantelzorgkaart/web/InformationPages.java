package nl.mantelzorgkaart.web;

import java.util.List;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.AreaReads;
import nl.mantelzorgkaart.guide.Coverage;
import nl.mantelzorgkaart.guide.CoverageReport;
import nl.mantelzorgkaart.knowledge.Glossary;
import nl.mantelzorgkaart.knowledge.Term;
import nl.mantelzorgkaart.taxonomy.Taxa.TaxonomyCount;
import nl.mantelzorgkaart.taxonomy.TaxonomyReads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page, the glossary and the coverage of an area. */
@Controller
class InformationPages {

	private final TaxonomyReads taxonomy;

	private final AreaReads areas;

	private final Glossary glossary;

	private final CoverageReport coverage;

	InformationPages(TaxonomyReads taxonomy, AreaReads areas, Glossary glossary, CoverageReport coverage) {
		this.taxonomy = taxonomy;
		this.areas = areas;
		this.glossary = glossary;
		this.coverage = coverage;
	}

	@GetMapping("/")
	String home(Model model) {
		List<TaxonomyCount> themes = this.taxonomy.taxonomy(null, false)
			.careThemes()
			.stream()
			.filter((theme) -> theme.offeringCount() > 0)
			.toList();
		model.addAttribute("themes", themes);
		model.addAttribute("places", this.areas.places());
		return "home";
	}

	@GetMapping("/begrippen")
	String glossary(Model model) {
		List<Term> terms = this.glossary.terms();
		model.addAttribute("terms", terms);
		return "glossary";
	}

	@GetMapping("/dekking")
	String coverage(@RequestParam(name = "gebied", required = false) String area, Model model) {
		model.addAttribute("municipalities", municipalities());
		if (area == null || area.isBlank()) {
			return "coverage";
		}
		Coverage report;
		try {
			report = this.coverage.of(area);
		}
		catch (nl.mantelzorgkaart.graph.NotFoundException ex) {
			throw new BadPageRequest("gebied", "no area '" + area + "'");
		}
		model.addAttribute("coverage", report);
		model.addAttribute("area", area);
		return "coverage";
	}

	/** The places to choose from: where people live and ask for help. */
	List<Area> municipalities() {
		return this.areas.areas(Area.Kind.MUNICIPALITY);
	}

}
