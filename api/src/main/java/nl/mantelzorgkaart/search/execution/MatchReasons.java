package nl.mantelzorgkaart.search.execution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchResults.MatchReason;
import nl.mantelzorgkaart.search.analysis.AnalyzedText;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.FacetOrdinals;
import nl.mantelzorgkaart.search.index.IndexFields;

/**
 * Why a hit matched, in one line a caregiver can read: the care themes, kinds of help and groups of the
 * record that the text asks for ("Dementie · Logeerzorg"). A value is a reason when its name and the
 * text share a word or a concept as the search reads them (so "alzheimer" gives Dementie and "even vrij"
 * Respijtzorg), through the same analysis as the ranking.
 */
public final class MatchReasons {

	/** The most reasons a hit gives. */
	public static final int MAX = 3;

	/** The dimensions that say why, most telling first. */
	static final List<Facet> DIMENSIONS = List.of(Facet.CARE_THEME, Facet.RESPITE_TYPE, Facet.SUPPORT_FUNCTION,
			Facet.TARGET_GROUP);

	/** The tokens of each value's name; the vocabulary is a few hundred names. */
	private static final Map<String, Set<String>> LABEL_TOKENS = new ConcurrentHashMap<>();

	private final CareAnalyzers analyzers;

	private final Set<String> asked;

	/** The reasons for hits of a text (a text without words gives none). */
	public MatchReasons(CareAnalyzers analyzers, String text) {
		this.analyzers = analyzers;
		this.asked = (text == null || text.isBlank()) ? Set.of() : tokens(analyzers, text);
	}

	/** The reasons of the document {@code doc} (an id of the whole reader), at most {@link #MAX}. */
	public List<MatchReason> of(FacetOrdinals ordinals, int doc) {
		if (this.asked.isEmpty() || ordinals == null) {
			return List.of();
		}
		List<MatchReason> reasons = new ArrayList<>();
		for (Facet facet : DIMENSIONS) {
			for (FacetOrdinals.Value value : ordinals.valuesOf(doc, facet)) {
				Set<String> label = LABEL_TOKENS.computeIfAbsent(value.label(), (name) -> tokens(this.analyzers, name));
				if (label.stream().anyMatch(this.asked::contains) && reasons.size() < MAX
						&& reasons.stream().noneMatch((reason) -> reason.label().equals(value.label()))) {
					reasons.add(new MatchReason(facet, value.id(), value.label()));
				}
			}
		}
		return reasons;
	}

	private static Set<String> tokens(CareAnalyzers analyzers, String text) {
		Set<String> tokens = new HashSet<>(AnalyzedText.tokens(analyzers.concepts(), IndexFields.ALL, text));
		tokens.addAll(AnalyzedText.tokens(analyzers.query(), IndexFields.ALL, text));
		return tokens;
	}

}
