/**
 * From a caregiver's text to the queries a search runs: one analysis of the text, the close spellings
 * of unknown words, and one builder per query (match, first pass, rank, highlight). The text is never
 * parsed as query syntax.
 */
package nl.mantelzorgkaart.search.query;
