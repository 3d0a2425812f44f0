package nl.mantelzorgkaart.search.query;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.search.Query;

/**
 * What a text means for the index: one query per use, all built from one {@link TextAnalysis}.
 *
 * @param rank the full ranking (every weighted field, coverage, proximity, close spellings, the small
 *        lead of a steady point of contact), or null when the text has no searchable word
 * @param match which records the text finds: a small query with the same matches as {@code rank},
 *        cheap to count and facet without scores; null with {@code rank}
 * @param firstPass a light ranking that picks the candidates {@code rank} then reorders: scoring every
 *        match with the full query costs too much when a common word finds most of 100,000 records; null
 *        with {@code rank}
 * @param highlight the words to mark in snippets, built when asked for; null with {@code rank}
 * @param words the text's words as typed (lower-cased, accents folded)
 * @param unknownWords those of the words the index has never seen
 */
public record TextQueries(Query rank, Query match, Query firstPass, Supplier<Query> highlight, List<String> words,
		Set<String> unknownWords) {

	/** Whether the text has no searchable word: then every record the filters let through is found. */
	public boolean isEmpty() {
		return this.rank == null;
	}

}
