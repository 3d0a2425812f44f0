package nl.mantelzorgkaart.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.guide.GuideAnswer.ContactPoint;
import nl.mantelzorgkaart.guide.RespiteGuide;
import nl.mantelzorgkaart.knowledge.Glossary;
import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.network.NetworkReads;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.offering.OfferingReads;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.organisation.OrganisationReads;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import nl.mantelzorgkaart.taxonomy.Taxa.FundingRoute;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages of one offering, organisation or network, read with the queries the GraphQL API uses. */
@Controller
class DetailPages {

	private final OfferingReads offerings;

	private final OrganisationReads organisations;

	private final NetworkReads networks;

	private final RespiteGuide guide;

	private final Glossary glossary;

	DetailPages(OfferingReads offerings, OrganisationReads organisations, NetworkReads networks, RespiteGuide guide,
			Glossary glossary) {
		this.offerings = offerings;
		this.organisations = organisations;
		this.networks = networks;
		this.guide = guide;
		this.glossary = glossary;
	}

	@GetMapping("/aanbod/{id}")
	String offering(@PathVariable String id, Model model) {
		Offering offering = this.offerings.offering(slug("offering", id));
		List<Offering> one = List.of(offering);
		List<Organisation> organisers = this.offerings.organisers(one).get(offering);
		List<Organisation> coOrganisers = this.offerings.coOrganisers(one).get(offering);
		List<Area> areas = this.offerings.areas(one).get(offering);
		model.addAttribute("offering", offering);
		model.addAttribute("organisers", organisers);
		model.addAttribute("coOrganisers", coOrganisers);
		model.addAttribute("careThemes", this.offerings.careThemes(one).get(offering));
		model.addAttribute("targetGroups", this.offerings.targetGroups(one).get(offering));
		model.addAttribute("supportFunctions", this.offerings.supportFunctions(one).get(offering));
		model.addAttribute("respiteTypes", this.offerings.respiteTypes(one).get(offering));
		List<FundingRoute> fundingRoutes = this.offerings.fundingRoutes(one).get(offering);
		model.addAttribute("fundingRoutes", fundingRoutes);
		model.addAttribute("routeTerms",
				this.glossary.termsExplainingFundingRoutes(fundingRoutes.stream().map(FundingRoute::id).toList()));
		model.addAttribute("areas", areas);
		model.addAttribute("locations", this.offerings.locations(one).get(offering));
		model.addAttribute("sources", this.offerings.sources(one).get(offering));
		boolean reachable = organisers.stream().anyMatch(RespiteGuide::reachable)
				|| coOrganisers.stream().anyMatch(RespiteGuide::reachable);
		model.addAttribute("elsewhere", reachable ? List.of() : elsewhere(areas));
		return "offering";
	}

	@GetMapping("/organisaties/{id}")
	String organisation(@PathVariable String id, Model model) {
		Organisation organisation = this.organisations.organisation(slug("organisation", id));
		List<Organisation> one = List.of(organisation);
		List<Area> areas = this.organisations.areas(one).get(organisation);
		model.addAttribute("organisation", organisation);
		model.addAttribute("offerings", this.organisations.offerings(one).get(organisation));
		model.addAttribute("coOrganised", this.organisations.coOrganisedOfferings(one).get(organisation));
		model.addAttribute("networks", this.organisations.networks(one).get(organisation));
		model.addAttribute("partners", this.organisations.partners(one).get(organisation));
		model.addAttribute("areas", areas);
		model.addAttribute("locations", this.organisations.locations(one).get(organisation));
		model.addAttribute("sources", this.organisations.sources(one).get(organisation));
		model.addAttribute("elsewhere", RespiteGuide.reachable(organisation) ? List.of() : elsewhere(areas));
		return "organisation";
	}

	@GetMapping("/netwerken/{id}")
	String network(@PathVariable String id, Model model) {
		Network network = this.networks.network(slug("network", id));
		List<Network> one = List.of(network);
		List<Organisation> members = this.networks.members(one).get(network);
		List<CareTheme> themes = this.networks.careThemes(one).get(network);
		Map<Organisation, List<Offering>> offered = (members.isEmpty() || themes.isEmpty()) ? Map.of()
				: this.organisations.offerings(members);
		// What the members do for the network's themes, not everything they do: one more query for all themes.
		Set<String> themeIds = themes.stream().map(CareTheme::id).collect(Collectors.toSet());
		List<Offering> all = offered.values().stream().flatMap(List::stream).distinct().toList();
		Map<Offering, List<CareTheme>> offeringThemes = all.isEmpty() ? Map.of() : this.offerings.careThemes(all);
		List<Member> memberViews = new ArrayList<>();
		for (Organisation member : members) {
			List<Offering> forThemes = offered.getOrDefault(member, List.of())
				.stream()
				.filter((offering) -> offeringThemes.getOrDefault(offering, List.of())
					.stream()
					.anyMatch((theme) -> themeIds.contains(theme.id())))
				.toList();
			memberViews.add(new Member(member, forThemes));
		}
		model.addAttribute("network", network);
		model.addAttribute("members", memberViews);
		model.addAttribute("coordinator", this.networks.coordinator(one).get(network));
		model.addAttribute("careThemes", themes);
		model.addAttribute("areas", this.networks.areas(one).get(network));
		model.addAttribute("sources", this.networks.sources(one).get(network));
		model.addAttribute("picture", NetworkPicture.of(network, members));
		return "network";
	}

	/**
	 * Never a dead end: for a record whose sources give no way to get in touch, where caregivers in its area
	 * (the first local one it serves, else the first) can turn, as the guide gives it.
	 */
	private List<ContactPoint> elsewhere(List<Area> areas) {
		Area area = areas.stream().filter((a) -> a.kind().isLocal()).findFirst()
			.orElse(areas.isEmpty() ? null : areas.get(0));
		if (area == null) {
			return List.of();
		}
		return this.guide.reachableContactPoints(area.id());
	}

	/** A member of a network and what it offers for the network's care themes. */
	record Member(Organisation organisation, List<Offering> offerings) {

	}

	/** A malformed id in a page address names nothing: the same 404 as an unknown one. */
	private static String slug(String kind, String id) {
		try {
			return Ids.require("id", id);
		}
		catch (RuntimeException ex) {
			throw new NotFoundException(kind, id.length() > 40 ? id.substring(0, 40) : id);
		}
	}

}
