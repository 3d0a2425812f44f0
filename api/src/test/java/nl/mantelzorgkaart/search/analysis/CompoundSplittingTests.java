package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compound words are indexed as themselves plus every known part they contain, and searched as
 * themselves or as all of their parts.
 */
class CompoundSplittingTests {

	@Test
	void indexingStacksTheKnownPartsOnTheWord() {
		assertThat(Tokens.positions(Tokens.ANALYZERS.index(), "mantelzorgondersteuning"))
			.containsExactly(List.of("mantelzorgondersteun", "mantel", "mantelzorg", "zorg", "ondersteun", "steun"));
	}

	@Test
	void indexedPartsCarryTheOffsetsOfTheirWordSoThatHighlightingMarksTheWord() throws IOException {
		String text = "Het Dementiecafé";
		try (TokenStream stream = Tokens.ANALYZERS.index().tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			List<String> marked = new ArrayList<>();
			while (stream.incrementToken()) {
				marked.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
			}
			stream.end();
			assertThat(marked).containsExactly("dementiecaf=Dementiecafé", "dementie=Dementiecafé", "cafe=Dementiecafé");
		}
	}

	@Test
	void aQueryGetsTheWordAndItsPartsAsAnAlternative() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), "mantelzorgcursus"))
			.containsExactly("mantelzorgcursus", "mantelzorg", "cursus");
		assertThat(TestIndex.query("mantelzorgcursus"))
			.hasToString("(text:mantelzorgcursus (+(text:mantelzorg)^0.7 +(text:cursus)^0.7))");
	}

	@Test
	void mantelzorgondersteuningYieldsMantelzorgAndOndersteuning() {
		assertThat(Tokens.termSet(Tokens.ANALYZERS.index(), "mantelzorgondersteuning")).contains("mantelzorg",
				"ondersteun");
		assertThat(Tokens.termSet(Tokens.ANALYZERS.query(), "mantelzorgondersteuning")).contains("mantelzorg",
				"ondersteun");
	}

	@ParameterizedTest(name = "{0} is searched as {1}")
	@CsvSource(delimiter = '|', value = { "dagbestedingen | dag bested", "logeerweekend | loger weekend",
			"respijthuis | respijt huis", "dementiecafé | dementie cafe", "vrijwilligerscoördinator | vrijwilliger coordinator",
			"mantelzorgmakelaars | mantelzorg makelar", "lotgenotengroepen | lotgenot groep",
			"informatiepunt | informatie punt", "adempauzeregeling | adempauz regel" })
	void queryPartsAreStemmedLikeWords(String word, String parts) {
		List<String> terms = Tokens.terms(Tokens.ANALYZERS.query(), word);
		assertThat(terms.subList(1, terms.size())).containsExactly(parts.split(" "));
	}

	@Test
	void aNetworkIsNotWork() {
		// "werk" is no part: it hides in "netwerk", and "burennetwerk" would answer "werkende mantelzorgers".
		assertThat(Tokens.termSet(Tokens.ANALYZERS.index(), "burennetwerk")).doesNotContain("werk");
	}

	@Test
	void aWordWithAnUnknownPartIsOnlySearchedWhole() {
		// "blok" is not a known part: searching "zorg" alone would find every care offering.
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), "blokzorg")).containsExactly("blokzorg");
		// Indexed, the known part is still there, so "zorg" finds blokzorg.
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "blokzorg")).containsExactly("blokzorg", "zorg");
	}

	@Test
	void aKnownPartIsNotSplitFurther() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), "activiteiten")).containsExactly("activiteit");
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), "coördinatie")).containsExactly("coordinatie");
	}

	@Test
	void aPartEqualToTheWholeWordIsNotCountedTwice() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "dementie")).containsExactly("dementie");
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "huishoudelijke")).containsExactly("huishoud", "huis");
	}

	@Test
	void theSplitterReadsLinkingLettersAndInflections() {
		CompoundSplitter splitter = new CompoundSplitter(new CharArraySet(
				List.of("mantel", "mantelzorg", "zorg", "ondersteuning", "vrijwilliger", "werk", "dag", "besteding",
						"lotgenoten", "groep"), false), 3, 20);
		assertThat(splitter.split("mantelzorgondersteuning")).containsExactly("mantelzorg", "ondersteuning");
		assertThat(splitter.split("vrijwilligerswerk")).containsExactly("vrijwilliger", "werk");
		assertThat(splitter.split("dagbestedingen")).containsExactly("dag", "besteding");
		assertThat(splitter.split("lotgenotengroepen")).containsExactly("lotgenoten", "groep");
		assertThat(splitter.split("mantelzorg")).isEmpty();
		assertThat(splitter.split("mantelzorgers")).isEmpty();
		assertThat(splitter.split("blokzorg")).isEmpty();
		assertThat(splitter.split("zorgxdag")).isEmpty();
		assertThat(splitter.split("")).isEmpty();
	}

	@Test
	void splittingKeepsTheSynonymGraphIntact() {
		// "ondersteuning van mantelzorgers" is a synonym of the compound; both readings survive.
		Query query = TestIndex.query("mantelzorgondersteuning voor jonge mantelzorgers");
		assertThat(query.toString()).contains("text:mantelzorgondersteun", "+(text:mantelzorg)^0.7 +(text:ondersteun)^0.7",
				"+(text:ondersteun)^0.8 +(text:mantelzorger)^0.8", "+text:jong +text:mantelzorger");
	}

}
