package io.newsflow.enrich.text;

import io.newsflow.enrich.rules.Thresholds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo galleries printed as text: each slide opens with its counter ("1/50 Title", "Photo 2 of
 * 50", "Bild 3 von 50") and goes on with its caption and credit until the next counter. A run of
 * slides numbered one after another out of the same total is a gallery whatever the language; its
 * lines are captions, which go to the images and neither add to nor take from the article region
 * around them (a gallery often sits in the middle of the story). Immutable and thread-safe.
 */
final class Galleries {
  // A slide number out of a total at the start of a line, after at most one word ("Photo", "Bild");
  // between them a slash or one short word ("of", "von", "de", "из").
  private static final Pattern COUNTER =
      Pattern.compile(
          "^(?:\\p{L}{1,12}\\s+)?(\\d{1,3})\\s*(?:/|\\s\\p{L}{1,3}\\s)\\s*(\\d{1,3})(?!\\d)");

  private final Thresholds.TextPages limits;

  Galleries(Thresholds.TextPages limits) {
    this.limits = limits;
  }

  /** Marks the body lines of every gallery's slides as captions. */
  void markSlides(List<Line> lines) {
    int[] number = new int[lines.size()];
    int[] total = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = COUNTER.matcher(lines.get(i).text);
      if (m.find()) {
        number[i] = Integer.parseInt(m.group(1));
        total[i] = Integer.parseInt(m.group(2));
      }
    }
    int i = 0;
    while (i < lines.size()) {
      List<Integer> slides = slidesFrom(number, total, i);
      if (slides.size() >= limits.gallerySlidesMin()) {
        mark(lines, slides);
        i = slides.get(slides.size() - 1) + 1;
      } else {
        i++;
      }
    }
  }

  /**
   * The counters of one run from line {@code start}: numbers one after another out of one total,
   * each slide with at least one line of caption (fractions on consecutive lines, "1/4 cup", "2/4
   * cup", are no gallery).
   */
  private List<Integer> slidesFrom(int[] number, int[] total, int start) {
    List<Integer> slides = new ArrayList<>();
    if (number[start] < 1 || number[start] > total[start]) {
      return slides;
    }
    slides.add(start);
    int last = start;
    for (int j = start + 1; j < number.length && j - last <= limits.gallerySlideMaxLines(); j++) {
      if (total[j] == total[start] && number[j] == number[last] + 1 && j - last >= 2) {
        slides.add(j);
        last = j;
      }
    }
    return slides;
  }

  /** Each slide runs to the next counter; the last one is as long as most slides before it. */
  private static void mark(List<Line> lines, List<Integer> slides) {
    int[] spans = new int[slides.size() - 1];
    for (int k = 0; k + 1 < slides.size(); k++) {
      spans[k] = slides.get(k + 1) - slides.get(k);
      markCaptions(lines, slides.get(k), slides.get(k + 1));
    }
    Arrays.sort(spans);
    int lastStart = slides.get(slides.size() - 1);
    markCaptions(lines, lastStart, Math.min(lines.size(), lastStart + spans[spans.length / 2]));
  }

  private static void markCaptions(List<Line> lines, int from, int to) {
    for (int j = from; j < to; j++) {
      Line l = lines.get(j);
      // the same photographer under every slide is the gallery's, not the site's repeated chrome
      boolean repeated = l.kind == BlockKind.BOILERPLATE && "repeated".equals(l.reason);
      if (l.kind == BlockKind.BODY || repeated) {
        l.mark(BlockKind.CAPTION, "gallery");
      }
    }
  }
}
