/**
 * How the application runs: the embedded or external Neo4j, schema migrations at start-up, the
 * first load of the seed dataset, health, and the database's vital signs ({@code stats}).
 */
package nl.mantelzorgkaart.system;
