package nl.mantelzorgkaart.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.guide.Coverage;
import nl.mantelzorgkaart.guide.CoverageReport;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.offering.OfferingReads;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.organisation.OrganisationReads;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import org.springframework.stereotype.Component;

/**
 * The printable social map (sociale kaart) of an area: for each of the 8 support functions, the
 * organisations that offer it there with their contact details and their offerings. What counts as "there"
 * is what the coverage report counts: active offerings serving the area, its districts, or a region it lies
 * in. The print page and the PDF are both drawn from this one model.
 */
@Component
class SocialMapSheet {

	private final CoverageReport coverage;

	private final OfferingReads offerings;

	private final OrganisationReads organisations;

	SocialMapSheet(CoverageReport coverage, OfferingReads offerings, OrganisationReads organisations) {
		this.coverage = coverage;
		this.offerings = offerings;
		this.organisations = organisations;
	}

	/** The sheet of an area. */
	record Sheet(Area area, LocalDate made, List<Section> sections, int organisationCount, int offeringCount) {

	}

	/** One support function with who offers it. */
	record Section(SupportFunction function, List<Entry> entries) {

	}

	/** An organisation (or none, for offerings without a known organiser), its places and its offerings. */
	record Entry(Organisation organisation, List<Location> locations, List<Item> offerings) {

	}

	/** One offering on the sheet, with where it is held. */
	record Item(Offering offering, List<Location> locations) {

	}

	Sheet of(String areaId) {
		Coverage report;
		try {
			report = this.coverage.of(areaId);
		}
		catch (NotFoundException ex) {
			throw new BadPageRequest("gebied", "no area '" + areaId + "'");
		}
		List<SupportFunction> functions = report.supportFunctions();
		List<Map<String, Offering>> perFunction = new ArrayList<>();
		Map<String, Offering> all = new LinkedHashMap<>();
		for (int i = 0; i < functions.size(); i++) {
			Map<String, Offering> here = new LinkedHashMap<>();
			for (Coverage.Row row : report.rows()) {
				for (Offering offering : row.cells().get(i).offerings()) {
					here.putIfAbsent(offering.id(), offering);
				}
			}
			perFunction.add(here);
			all.putAll(here);
		}
		List<Offering> offeringList = new ArrayList<>(all.values());
		Map<Offering, List<Organisation>> organisers = offeringList.isEmpty() ? Map.of()
				: this.offerings.organisers(offeringList);
		Map<Offering, List<Location>> offeringPlaces = offeringList.isEmpty() ? Map.of()
				: this.offerings.locations(offeringList);
		Map<String, Organisation> organisationsById = new LinkedHashMap<>();
		organisers.values().forEach((list) -> list.forEach((o) -> organisationsById.putIfAbsent(o.id(), o)));
		List<Organisation> organisationList = new ArrayList<>(organisationsById.values());
		Map<Organisation, List<Location>> organisationPlaces = organisationList.isEmpty() ? Map.of()
				: this.organisations.locations(organisationList);

		List<Section> sections = new ArrayList<>();
		for (int i = 0; i < functions.size(); i++) {
			Map<String, List<Item>> byOrganisation = new LinkedHashMap<>();
			List<Item> unorganised = new ArrayList<>();
			for (Offering offering : perFunction.get(i).values()) {
				Item item = new Item(offering, offeringPlaces.getOrDefault(offering, List.of()));
				List<Organisation> by = organisers.getOrDefault(offering, List.of());
				if (by.isEmpty()) {
					unorganised.add(item);
				}
				by.forEach((organisation) -> byOrganisation.computeIfAbsent(organisation.id(), (k) -> new ArrayList<>())
					.add(item));
			}
			List<Entry> entries = new ArrayList<>();
			byOrganisation.forEach((id, items) -> {
				Organisation organisation = organisationsById.get(id);
				entries.add(new Entry(organisation, organisationPlaces.getOrDefault(organisation, List.of()),
						sortedByName(items)));
			});
			entries.sort((a, b) -> a.organisation().name().compareToIgnoreCase(b.organisation().name()));
			if (!unorganised.isEmpty()) {
				entries.add(new Entry(null, List.of(), sortedByName(unorganised)));
			}
			sections.add(new Section(functions.get(i), entries));
		}
		return new Sheet(report.area(), LocalDate.now(), sections, organisationsById.size(), all.size());
	}

	private static List<Item> sortedByName(List<Item> items) {
		List<Item> sorted = new ArrayList<>(items);
		sorted.sort((a, b) -> a.offering().name().toLowerCase(Locale.ROOT).compareTo(b.offering().name().toLowerCase(Locale.ROOT)));
		return sorted;
	}

}
