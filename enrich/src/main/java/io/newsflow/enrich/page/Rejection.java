package io.newsflow.enrich.page;

import io.newsflow.schema.deadletter.DeadLetterReason;

/** Why a raw page did not become an article; the reason's code goes to DeadLetter.reason. */
public record Rejection(DeadLetterReason reason, String message) implements Resolution {}
