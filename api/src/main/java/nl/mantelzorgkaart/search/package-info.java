/**
 * Full-text search over the social map: an application-side Lucene index derived from the graph
 * (the graph stays the source of truth), Dutch analysis, facets, distance and the GraphQL
 * {@code search} and {@code autocomplete} queries. {@link nl.mantelzorgkaart.search.SearchIndex} alone
 * owns the index's writer and searchers.
 */
package nl.mantelzorgkaart.search;
