package nl.mantelzorgkaart.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/**
 * The plain Spring Data Neo4j mapping (class names are the labels) a first version of the app would use to write an offering with
 * its relationships: what the benchmark's naive path saves, one offering per transaction.
 */
final class NaiveModel {

	private NaiveModel() {
	}

	/** An offering as mapped by Spring Data Neo4j, with the relationships the loader also writes. */
	static class Offering {

		@Id
		String id;

		String name;

		String description;

		String status;

		List<String> settings;

		LocalDate lastVerified;

		@Relationship(type = "OFFERS", direction = Relationship.Direction.INCOMING)
		List<Organisation> organisers = new ArrayList<>();

		@Relationship(type = "FOR")
		List<TargetGroup> targetGroups = new ArrayList<>();

		@Relationship(type = "ADDRESSES")
		List<CareTheme> careThemes = new ArrayList<>();

		@Relationship(type = "FULFILS")
		List<SupportFunction> supportFunctions = new ArrayList<>();

		@Relationship(type = "GIVES_RESPITE_AS")
		List<RespiteType> respiteTypes = new ArrayList<>();

		@Relationship(type = "FUNDED_VIA")
		List<FundingRoute> fundingRoutes = new ArrayList<>();

		@Relationship(type = "SERVES")
		List<Area> areas = new ArrayList<>();

		@Relationship(type = "CITED_IN")
		List<Source> sources = new ArrayList<>();

	}

	// The nodes an offering points at, by id only. Deliberately not @Node: the application's entity
	// scan must not pick them up; the benchmark's own mapping context takes them, labelled by class name.

	static class Organisation {

		@Id
		String id;

		Organisation(String id) {
			this.id = id;
		}

	}

	static class TargetGroup {

		@Id
		String id;

		TargetGroup(String id) {
			this.id = id;
		}

	}

	static class CareTheme {

		@Id
		String id;

		CareTheme(String id) {
			this.id = id;
		}

	}

	static class SupportFunction {

		@Id
		String id;

		SupportFunction(String id) {
			this.id = id;
		}

	}

	static class RespiteType {

		@Id
		String id;

		RespiteType(String id) {
			this.id = id;
		}

	}

	static class FundingRoute {

		@Id
		String id;

		FundingRoute(String id) {
			this.id = id;
		}

	}

	static class Area {

		@Id
		String id;

		Area(String id) {
			this.id = id;
		}

	}

	static class Source {

		@Id
		String id;

		Source(String id) {
			this.id = id;
		}

	}

	interface OfferingRepository extends Neo4jRepository<Offering, String> {

	}

}
