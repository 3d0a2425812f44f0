package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Test helper: the analyzers loaded once from the shipped data files, and the tokens they emit. */
final class Tokens {

	/** Loaded once for all tests, as the application does. */
	static final CareAnalyzers ANALYZERS = CareAnalyzers.load();

	private Tokens() {
	}

	/** All terms {@code analyzer} emits for {@code text}, in order, stacked ones included. */
	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** The distinct terms of {@link #terms}. */
	static Set<String> termSet(Analyzer analyzer, String text) {
		return new LinkedHashSet<>(terms(analyzer, text));
	}

	/** The terms at each position, stacked terms (position increment 0) grouped with their word. */
	static List<List<String>> positions(Analyzer analyzer, String text) {
		List<List<String>> positions = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() > 0 || positions.isEmpty()) {
					positions.add(new ArrayList<>());
				}
				positions.get(positions.size() - 1).add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return positions;
	}

}
