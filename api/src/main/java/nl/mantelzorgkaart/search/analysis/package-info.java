/**
 * Dutch text analysis for the search index: {@link nl.mantelzorgkaart.search.analysis.CareAnalyzers}
 * builds the Lucene analyzers for indexed text, query text and spell-check fields from the word lists
 * in {@code search/analysis/} on the classpath.
 */
package nl.mantelzorgkaart.search.analysis;
