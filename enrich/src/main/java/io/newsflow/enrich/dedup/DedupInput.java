package io.newsflow.enrich.dedup;

import java.util.List;

/**
 * What the index needs of one article.
 *
 * @param seq its place in the one order every instance agrees on (the offset in the single
 *     partition of the dedup topic; a counter offline): "first seen" means lowest seq
 * @param time record time, for the window
 * @param storyTime publication time (else record time), for story proximity
 * @param entities salient entity keys, for stories
 */
public record DedupInput(
    String id, long seq, long time, long storyTime, Signature signature, List<String> entities) {}
