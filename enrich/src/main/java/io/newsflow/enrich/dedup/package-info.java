/**
 * Near-duplicate (syndicated copy) detection and story grouping: MinHash signatures over the
 * shingles of an article's clean text ({@link io.newsflow.enrich.dedup.Signature}), LSH bands to
 * find candidates ({@link io.newsflow.enrich.dedup.DedupIndex}), and the Kafka Streams step that
 * runs it in the enrich topology ({@link io.newsflow.enrich.dedup.DedupTopology}). The offline
 * command runs the same index on an in-memory store.
 */
package io.newsflow.enrich.dedup;
