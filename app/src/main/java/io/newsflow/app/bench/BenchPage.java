package io.newsflow.app.bench;

/** One page to offer: a name for its URL, its media type and bytes (shared, never changed). */
record BenchPage(String name, String contentType, byte[] body) {}
