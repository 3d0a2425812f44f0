/**
 * Running a search on one state of the index: its filters, the ranking in two passes, the facet counts,
 * the snippets as marked segments, "bedoelde u" and autocomplete, and what a hit shows of its document.
 */
package nl.mantelzorgkaart.search.execution;
