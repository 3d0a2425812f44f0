package nl.mantelzorgkaart.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Highlighted passages become plain-text segments: markup in the data can never reach a page. */
class SnippetTests {

	@Test
	void marksBecomeMarkedSegmentsAndEscapedTextIsUnescapedOnce() {
		Snippet snippet = Snippet.parse("Voor mantelzorgers van iemand met <mark>dementie</mark> &amp; NAH &lt;b&gt;");

		assertThat(snippet.segments()).containsExactly(
				new Snippet.Segment("Voor mantelzorgers van iemand met ", false), new Snippet.Segment("dementie", true),
				new Snippet.Segment(" & NAH <b>", false));
	}

	@Test
	void anUnclosedMarkStillEndsAsText() {
		assertThat(Snippet.parse("a <mark>b").segments()).containsExactly(new Snippet.Segment("a ", false),
				new Snippet.Segment("b", true));
	}

	@Test
	void textWithoutMarksIsOneSegment() {
		assertThat(Snippet.parse("gewoon tekst").segments()).containsExactly(new Snippet.Segment("gewoon tekst", false));
	}

}
