package nl.mantelzorgkaart.search.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchView;
import nl.mantelzorgkaart.search.analysis.AnalyzedText;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Names that complete what is being typed: every word but the last as typed, the last as a prefix. */
public final class Autocomplete {

	private Autocomplete() {
	}

	/** A name to complete a search box with, and the record it names. */
	public record Completion(String text, SearchKind kind, String id) {

	}

	/** At most {@code first} names, shorter ones first, each name once. */
	public static List<Completion> complete(SearchView searcher, CareAnalyzers analyzers, String prefix, int first)
			throws IOException {
		List<String> words = AnalyzedText.tokens(analyzers.folding(), IndexFields.TITLE, prefix);
		if (words.isEmpty() || first == 0) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < words.size() - 1; i++) {
			query.add(new TermQuery(new Term(IndexFields.TITLE, words.get(i))), Occur.MUST);
		}
		query.add(new PrefixQuery(new Term(IndexFields.TITLE, words.get(words.size() - 1))), Occur.MUST);
		query.add(new TermQuery(new Term(IndexFields.STATUS, "ended")), Occur.MUST_NOT);
		// Shorter names first: "Dementie" before "Dementiecafé Huizen en omstreken".
		TopDocs top = searcher.search(query.build(), Math.max(200, first * 3),
				new Sort(new SortField(IndexFields.SORT_NAME, SortField.Type.STRING)));
		List<HitValues> records = new ArrayList<>(HitValues.read(searcher.getIndexReader(),
				Arrays.stream(top.scoreDocs).mapToInt((hit) -> hit.doc).toArray()));
		records.sort(Comparator.comparingInt((HitValues record) -> record.name().length()));
		Set<String> seen = new LinkedHashSet<>();
		List<Completion> completions = new ArrayList<>();
		for (HitValues record : records) {
			if (completions.size() < first && seen.add(record.name().toLowerCase(Locale.ROOT))) {
				completions.add(new Completion(record.name(), record.kind(), record.id()));
			}
		}
		return completions;
	}

}
