/**
 * What every feature of the GraphQL API shares: the counted gateway to the graph, batch loading of
 * relationships, Relay cursors and pages, input checks, and the mapping of failures to GraphQL
 * errors.
 */
package nl.mantelzorgkaart.graph;
