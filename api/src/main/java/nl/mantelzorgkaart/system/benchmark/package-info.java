/**
 * The load benchmark (profile {@code benchmark}): the seed loader's batched throughput on synthetic
 * national datasets, next to a naive one-record-per-transaction save through Spring Data Neo4j
 * repositories, in the same run.
 */
package nl.mantelzorgkaart.system.benchmark;
