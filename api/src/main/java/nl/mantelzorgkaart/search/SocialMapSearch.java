package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import nl.mantelzorgkaart.search.execution.Autocomplete;
import nl.mantelzorgkaart.search.execution.Autocomplete.Completion;
import nl.mantelzorgkaart.search.execution.Suggestions;
import nl.mantelzorgkaart.search.index.SearchIndex;
import nl.mantelzorgkaart.search.index.SearchView;
import nl.mantelzorgkaart.search.query.QueryTranslator;
import org.springframework.stereotype.Service;

/**
 * Runs checked searches on the index: the front doors' one entry to the search. A search is translated
 * and ranked by {@link #start}, which hands back the ranked page at once; {@link SearchRun#finish} then
 * works out the count, facets, snippets and suggestions, so that a front door can read the page's
 * records from the graph meanwhile.
 */
@Service
public class SocialMapSearch {

	private final SearchIndex index;

	private final QueryTranslator translator;

	private final Suggestions suggestions;

	public SocialMapSearch(SearchIndex index) {
		this.index = index;
		this.translator = new QueryTranslator(index.analyzers());
		this.suggestions = new Suggestions(this.translator);
	}

	/** Runs one checked search whole. */
	public SearchResults search(SearchRequest request) {
		try (SearchRun run = start(request)) {
			return run.finish();
		}
	}

	/** Translates and ranks one checked search; close the run when done with it. */
	public SearchRun start(SearchRequest request) {
		SearchView searcher = this.index.acquire();
		try {
			return new SearchRun(searcher, () -> this.index.release(searcher), request,
					this.translator.translate(request.text(), searcher), this.index.analyzers(), this.suggestions);
		}
		catch (IOException ex) {
			this.index.release(searcher);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			this.index.release(searcher);
			throw ex;
		}
	}

	/** Names that complete a checked prefix, at most {@code first}. */
	public List<Completion> complete(String prefix, int first) {
		return this.index.withSearcher((searcher) -> {
			try {
				return Autocomplete.complete(searcher, this.index.analyzers(), prefix, first);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
