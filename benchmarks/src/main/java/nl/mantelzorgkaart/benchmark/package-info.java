/**
 * The benchmarks, each an application runner in a Spring profile of its own, run beside the whole
 * application from the benchmarks module so that none of them ships in the production jar: the load
 * benchmark (profile {@code benchmark}: the seed loader's batched throughput on synthetic national
 * datasets, next to a naive one-record-per-transaction save through Spring Data Neo4j repositories),
 * the API latency benchmark ({@code api-benchmark}) and the search benchmark ({@code search-benchmark}).
 */
package nl.mantelzorgkaart.benchmark;
