package io.newsflow.enrich.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each class/id token means, read once from the hints: the boilerplate reason it names, its
 * role bits (veto, positive, negative, figure, caption, credit) and its byline rank. A profile then
 * costs one lookup per token instead of one per hint list.
 */
final class TokenRoles {
  private final Map<String, TokenRole> roles = new HashMap<>();

  /** Everything a class/id token can mean: the reason it names and its role bits. */
  private record TokenRole(String reason, int flags, int bylineRank) {}

  TokenRoles(Map<String, String> hintToReason, RulesFile.Hints hints) {
    hintToReason.forEach(
        (token, reason) -> roles.put(token, new TokenRole(reason, 0, HintProfile.NO_BYLINE)));
    add(hints.vetoes(), HintProfile.VETO);
    add(hints.positive(), HintProfile.POSITIVE);
    add(hints.negative(), HintProfile.NEGATIVE);
    add(hints.figure(), HintProfile.FIGURE);
    add(hints.caption(), HintProfile.CAPTION);
    add(hints.credit(), HintProfile.CREDIT);
    addBylineRanks(hints.byline());
  }

  HintProfile profile(List<String> tokens) {
    if (tokens.isEmpty()) {
      return HintProfile.NONE;
    }
    String reason = null;
    int flags = 0;
    int bylineRank = HintProfile.NO_BYLINE;
    for (String t : tokens) {
      TokenRole role = roles.get(t); // one lookup per token instead of one per hint list
      if (role != null) {
        flags |= role.flags();
        bylineRank = Math.min(bylineRank, role.bylineRank());
        if (reason == null) {
          reason = role.reason();
        }
      }
    }
    return reason == null && flags == 0 && bylineRank == HintProfile.NO_BYLINE
        ? HintProfile.NONE
        : new HintProfile(reason, flags, bylineRank);
  }

  private void add(List<String> tokens, int flag) {
    for (String token : tokens) {
      roles.merge(
          token,
          new TokenRole(null, flag, HintProfile.NO_BYLINE),
          (a, b) -> new TokenRole(a.reason(), a.flags() | b.flags(), a.bylineRank()));
    }
  }

  /** "class:byline" at position i of the byline hints gives the token "byline" rank i. */
  private void addBylineRanks(List<String> hints) {
    for (int i = 0; i < hints.size(); i++) {
      if (hints.get(i).startsWith("class:")) {
        int rank = i;
        roles.merge(
            hints.get(i).substring(6),
            new TokenRole(null, 0, rank),
            (a, b) -> new TokenRole(a.reason(), a.flags(), Math.min(a.bylineRank(), rank)));
      }
    }
  }
}
