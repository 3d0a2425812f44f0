package nl.mantelzorgkaart.search.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.search.places.PlaceNames.Found;
import nl.mantelzorgkaart.search.places.PlaceNames.Place;
import org.junit.jupiter.api.Test;

/** Reading places from a search text: names, short forms, misspellings, postcodes; never a known word. */
class PlaceNamesTests {

	static final PlaceNames PLACES = new PlaceNames(List.of(
			new Place("almere", "municipality", PlaceNames.namesOf("almere", "Almere")),
			new Place("almere-haven", "district", PlaceNames.namesOf("almere-haven", "Almere Haven")),
			new Place("laren", "municipality", PlaceNames.namesOf("laren", "Laren")),
			new Place("hbel", "region", PlaceNames.namesOf("hbel", "HBEL-gemeenten (Huizen, Blaricum, Eemnes, Laren)"))),
			Map.of("1315", "almere"));

	/** The words the index knows as written. */
	static final Set<String> KNOWN = Set.of("dementie", "leren", "respijtzorg", "mantelzorgers", "almere", "laren");

	static Found find(String text) {
		return PLACES.find(text, KNOWN::contains);
	}

	@Test
	void aPlaceNameBecomesTheScopeAndLeavesTheRestOfTheText() {
		Found found = find("respijtzorg voor mantelzorgers in Almere");
		assertThat(found.areas()).extracting(Place::id).containsExactly("almere");
		assertThat(found.words()).containsExactly("Almere");
		assertThat(found.rest()).isEqualTo("respijtzorg voor mantelzorgers in");
	}

	@Test
	void theLongestNameWinsAndShortFormsCount() {
		assertThat(find("dementie almere haven").areas()).extracting(Place::id).containsExactly("almere-haven");
		assertThat(find("dementie almere-haven").areas()).extracting(Place::id).containsExactly("almere-haven");
		assertThat(find("werkgroep respijtzorg hbel").areas()).extracting(Place::id).containsExactly("hbel");
		assertThat(find("HBEL-gemeenten").areas()).extracting(Place::id).containsExactly("hbel");
	}

	@Test
	void aMisspeltNameIsForgivenButAKnownWordIsNeverAPlace() {
		assertThat(find("mantelzorgwandeling almre").areas()).extracting(Place::id).containsExactly("almere");
		// "leren" is one letter from Laren, but a word the index knows.
		assertThat(find("leren omgaan met dementie").any()).isFalse();
		assertThat(find("dementie").any()).isFalse();
	}

	@Test
	void aKnownPostcodeIsItsPlaceAndAnUnknownOneIsSaid() {
		Found known = find("vrijwilliger thuis 1315 BC");
		assertThat(known.areas()).extracting(Place::id).containsExactly("almere");
		assertThat(known.rest()).isEqualTo("vrijwilliger thuis");
		Found unknown = find("respijtzorg 1353");
		assertThat(unknown.areas()).isEmpty();
		assertThat(unknown.unknownPostcode()).isEqualTo("1353");
		assertThat(unknown.rest()).isEqualTo("respijtzorg");
		// Digits that are no postcode stay text.
		assertThat(find("kinderen 8 tot 12 jaar").any()).isFalse();
	}

	@Test
	void theyAreKeptWithTheIndexAsTheyWere() {
		PlaceNames again = PlaceNames.decode(PLACES.encode());
		assertThat(again.find("dementie almere haven 1315", KNOWN::contains).areas()).extracting(Place::id)
			.containsExactly("almere", "almere-haven");
		assertThat(PlaceNames.decode("").find("almere", KNOWN::contains).any()).isFalse();
	}

	@Test
	void oneEditApartIsOneLetterAddedLeftOutChangedOrSwapped() {
		assertThat(PlaceNames.oneEditApart("almre", "almere")).isTrue();
		assertThat(PlaceNames.oneEditApart("almeer", "almere")).isTrue();
		assertThat(PlaceNames.oneEditApart("almere", "almere")).isFalse();
		assertThat(PlaceNames.oneEditApart("lelystad", "almere")).isFalse();
	}

}
