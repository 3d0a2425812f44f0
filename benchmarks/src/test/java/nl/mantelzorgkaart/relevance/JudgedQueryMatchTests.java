package nl.mantelzorgkaart.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.search.index.SearchIndex;
import nl.mantelzorgkaart.search.query.QueryTranslator;
import nl.mantelzorgkaart.search.query.TextQueries;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the judged questions of both parts and a few more caregivers' texts, the small match query (concept
 * tokens) finds exactly the records the spelled-out synonyms find. In the benchmarks module, where the
 * judged set is.
 */
@IntegrationTest
class JudgedQueryMatchTests {

	@Autowired
	SearchIndex index;

	@Test
	void theMatchQueryFindsWhatTheSpelledOutSynonymsFind() {
		QueryTranslator translator = new QueryTranslator(this.index.analyzers());
		List<String> judged = new ArrayList<>();
		RelevanceJudgements.loadAll()
			.forEach((part) -> part.judgements().forEach((judgement) -> judged.add(judgement.query())));
		List<String> more = List.of("even weg met mijn zoon", "vervangende zorg", "opvang overdag voor mijn vader",
				"geheugenproblemen", "psychische problemen jongeren", "mantelzorgers met een baan");
		this.index.withSearcher((searcher) -> {
			for (String text : judged) {
				// Some judged questions find nothing yet (a postcode the index does not know): equal counts only.
				TextQueries translation = translator.translate(text, searcher);
				if (!translation.isEmpty()) {
					assertThat(count(searcher, translation.match())).as(text)
						.isEqualTo(count(searcher, translation.highlight().get()));
				}
			}
			for (String text : more) {
				TextQueries translation = translator.translate(text, searcher);
				assertThat(translation.isEmpty()).as(text).isFalse();
				assertThat(count(searcher, translation.match())).as(text)
					.isEqualTo(count(searcher, translation.highlight().get()))
					.isPositive();
			}
			return null;
		});
	}

	private static int count(IndexSearcher searcher, Query query) {
		try {
			return searcher.count(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
