package io.newsflow.enrich.rules;

/** Numeric knobs of the extractor, read from the rules resource. */
public record Thresholds(
    int minParagraphChars,
    int maxAncestorLevels,
    double siblingScoreRatio,
    double siblingMinScore,
    int siblingParagraphMinChars,
    double siblingParagraphMaxLinkDensity,
    double containerMaxLinkDensity,
    int containerMaxCommas,
    int linkBlockMaxChars,
    double linkBlockMinDensity,
    int phraseBlockMaxChars,
    int removedTextMaxChars,
    double jsonLdBodyFallbackRatio,
    int jsonLdBodyMinChars,
    int declaredBodyProbeChars,
    int declaredBodyMaxProbes,
    double declaredBodyBonus,
    int attributionMaxChars,
    int signupBoxMaxChars) {}
