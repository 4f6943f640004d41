package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.BoilerplateRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A share bar printed one button a line ("Facebook" / "Twitter" / "E-Mail", "bei WhatsApp teilen",
 * "Partager sur Linkedin") or as one line of network names ("Facebook X LinkedIn WhatsApp Share via
 * Email"): a short line that names a network of {@code shareNetworks} is a share button where it
 * stands in a run of such lines (lines already marked as chrome may sit between them) naming two
 * networks or more, or where it names three itself. One network alone is a credit or a story's word
 * ("Facebook" under a photo, "Information from other Facebook users"). Immutable and thread-safe.
 */
final class ShareBars {
  /** A share button is a word or a few ("Klick, um auf Facebook zu teilen (Wird in neuem …)"). */
  private static final int BUTTON_MAX_WORDS = 12;

  /** Network names a single line must hold to be a bar of its own. */
  private static final int ONE_LINE_MIN_NETWORKS = 3;

  /** Network names a run of buttons must hold. */
  private static final int RUN_MIN_NETWORKS = 2;

  /** A tool button is a few words ("Artikel vorlesen lassen"). */
  private static final int TOOL_MAX_WORDS = 5;

  /** A player's time before its button: "0:00 Anhören". */
  private static final Pattern PLAYER_TIME = Pattern.compile("^\\d{1,2}:\\d{2}\\s+");

  private static final Pattern NOT_TOKEN = Pattern.compile("[^\\p{L}\\p{N}-]+");

  private final Set<String> networks;
  private final Set<String> tools;

  ShareBars(BoilerplateRules rules) {
    this.networks = Set.copyOf(rules.textPages().shareNetworks());
    this.tools = Set.copyOf(rules.textPages().toolButtons());
  }

  /** Marks the share buttons among the region's lines ({start, end exclusive}). */
  void mark(List<Line> lines, int[] region) {
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY && l.words <= TOOL_MAX_WORDS && isTool(l.text)) {
        l.mark(BlockKind.BOILERPLATE, "share");
      }
    }
    int i = region[0];
    while (i < region[1]) {
      if (named(lines.get(i)).isEmpty()) {
        i++;
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      int end = i;
      int last = i;
      while (end < region[1]) {
        Line l = lines.get(end);
        Set<String> n = named(l);
        if (!n.isEmpty()) {
          seen.addAll(n);
          last = end;
        } else if (l.kind == BlockKind.BODY) {
          break;
        }
        end++;
      }
      for (int j = i; j <= last; j++) {
        Set<String> n = named(lines.get(j));
        if (!n.isEmpty()
            && (seen.size() >= RUN_MIN_NETWORKS || n.size() >= ONE_LINE_MIN_NETWORKS)) {
          lines.get(j).mark(BlockKind.BOILERPLATE, "share");
        }
      }
      i = last + 1;
    }
  }

  /** A tool button as the whole line: "Drucken", "0:00 Anhören", "Listen to this article". */
  private boolean isTool(String text) {
    return tools.contains(Words.wholeLine(PLAYER_TIME.matcher(text.strip()).replaceFirst("")));
  }

  /**
   * The networks a body line of a button's size names, as whole words or run together
   * ("FacebookTwitter"); empty for any other line.
   */
  private Set<String> named(Line l) {
    Set<String> found = new LinkedHashSet<>();
    if (l.kind != BlockKind.BODY || l.words > BUTTON_MAX_WORDS || l.sentence) {
      return found;
    }
    String lower = l.text.toLowerCase(Locale.ROOT);
    for (String token : NOT_TOKEN.split(lower)) {
      if (networks.contains(token)) {
        found.add(token);
      } else if (token.indexOf('-') > 0) {
        for (String part : token.split("-")) { // "twitter-x"
          if (networks.contains(part)) {
            found.add(part);
          }
        }
      } else {
        splitRunTogether(token, found);
      }
    }
    return found;
  }

  /** Adds the networks a token is made of when it is network names run together, nothing else. */
  private void splitRunTogether(String token, Set<String> found) {
    Set<String> parts = new LinkedHashSet<>();
    int at = 0;
    outer:
    while (at < token.length()) {
      for (String n : networks) {
        if (n.length() > 2 && token.startsWith(n, at)) {
          parts.add(n);
          at += n.length();
          continue outer;
        }
      }
      return;
    }
    if (parts.size() >= 2) {
      found.addAll(parts);
    }
  }
}
