/**
 * The search index, derived from the graph (the graph stays the source of truth): reading the graph
 * as index entries, mapping them to documents of the index schema, the one owner of the writer and
 * searchers ({@link nl.mantelzorgkaart.search.index.SearchIndex}), the maintainer that keeps it up to
 * date, and the searcher of one index state with what it keeps while it is searched.
 */
package nl.mantelzorgkaart.search.index;
