/**
 * Full-text search over the social map, the front doors' entry to it: the request model and its one
 * validator ({@link nl.mantelzorgkaart.search.SearchRequestValidator}), the orchestrator
 * ({@link nl.mantelzorgkaart.search.SocialMapSearch}, {@link nl.mantelzorgkaart.search.SearchRun}), the
 * results, and the GraphQL {@code search} and {@code autocomplete} queries. The parts, in the order a
 * search passes them: {@code index} (the Lucene index derived from the graph), {@code query} (a text
 * analysed once, then one builder per query), {@code execution} (ranking, counting, highlighting,
 * suggestions), with the Dutch analysis chains in {@code analysis}. See docs/ARCHITECTURE.md.
 */
package nl.mantelzorgkaart.search;
