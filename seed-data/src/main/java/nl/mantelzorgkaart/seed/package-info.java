/**
 * The curated seed dataset of the social map (sociale kaart) and the tools around it: a schema that
 * validates every record before anything is written, an idempotent batched loader into Neo4j, and a
 * deterministic synthetic generator for scale runs.
 */
package nl.mantelzorgkaart.seed;
