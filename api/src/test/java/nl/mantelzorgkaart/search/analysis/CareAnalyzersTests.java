package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** One set of analyzers serves every search: reused text after text, and from many threads at once. */
class CareAnalyzersTests {

	private static final List<String> TEXTS = List.of("even vrij van de zorg voor mijn man met dementie",
			"mantelzorgondersteuning", "NAH", "logeren zoon autisme", "wat is blokzorg", "dementiecafé Almere-Poort",
			"hulp in de huishouding", "", "KOPP lotgenotencontact");

	@Test
	void reusingAnAnalyzerGivesTheSameTokensAsAFreshOne() {
		for (Analyzer analyzer : analyzers(Tokens.ANALYZERS)) {
			Map<String, List<String>> first = tokensOfAll(analyzer);
			Map<String, List<String>> again = tokensOfAll(analyzer);
			assertThat(again).isEqualTo(first);
		}
		CareAnalyzers fresh = CareAnalyzers.load();
		for (String text : TEXTS) {
			assertThat(Tokens.terms(Tokens.ANALYZERS.query(), text)).isEqualTo(Tokens.terms(fresh.query(), text));
		}
	}

	@Test
	void threadsSharingTheAnalyzersGetTheSameTokens() throws Exception {
		Map<String, List<String>> expected = tokensOfAll(Tokens.ANALYZERS.query());
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Map<String, List<String>>>> results = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				results.add(threads.submit(() -> tokensOfAll(Tokens.ANALYZERS.query())));
			}
			for (Future<Map<String, List<String>>> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void emptyTextGivesNoTokens() {
		for (Analyzer analyzer : analyzers(Tokens.ANALYZERS)) {
			assertThat(Tokens.terms(analyzer, "")).isEmpty();
			assertThat(Tokens.terms(analyzer, " - , ")).isEmpty();
		}
	}

	private static List<Analyzer> analyzers(CareAnalyzers analyzers) {
		return List.of(analyzers.folding(), analyzers.index(), analyzers.query());
	}

	private static Map<String, List<String>> tokensOfAll(Analyzer analyzer) {
		Map<String, List<String>> tokens = new LinkedHashMap<>();
		for (String text : TEXTS) {
			tokens.put(text, Tokens.terms(analyzer, text));
		}
		return tokens;
	}

}
