package io.newsflow.enrich.text;

import io.newsflow.enrich.metadata.Dateline;
import io.newsflow.enrich.rules.BoilerplateRules;
import io.newsflow.enrich.rules.TextPageWords;
import io.newsflow.enrich.rules.Thresholds;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Classifies one block from its own shape and the phrase lexicon: chrome (phrases, comment and
 * promo lines, bare links), source note, photo credit, caption, byline or dateline; anything else
 * stays body. Immutable and thread-safe.
 */
final class LineClassifier {
  /** A photographer's name or "代表" (pool) before a credit suffix, in Han or kana characters. */
  private static final int CREDIT_NAME_MAX_CHARS = 8;

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]*\\w");

  /** The genders a job ad addresses: "(m/w/d)", "(w/m/div)", "(m/f/d)", "(H/F)". */
  private static final Pattern JOB_AD_GENDERS =
      Pattern.compile("\\((?:m|w|f|d|h|x|div)(?:\\s*/\\s*(?:m|w|f|d|h|x|div)){1,2}\\)");

  /** How much of a line its openers and phrases are read in. */
  private static final int OPENING_CHARS = 400;

  /** The reason of the shared consent phrases, which a line may hold anywhere. */
  private static final String CONSENT_REASON = "cookie";

  /** The reason of an embedded post's text, free in the region search like a consent notice. */
  static final String EMBED_REASON = "embed";

  private final BoilerplateRules lexicon;
  private final TextPageWords words;
  private final Thresholds.Blocks blocks;
  private final Thresholds.TextPages limits;
  private final DatelineParser dates;
  private final Set<String> relatedHeads;
  private final List<String> sharePhrases;

  /** Byline and source phrases naming a role before "by": "reporting by", "edited by". */
  private final List<String> roleCredits;

  LineClassifier(BoilerplateRules rules) {
    this.lexicon = rules;
    this.words = rules.textPages();
    this.blocks = rules.thresholds().blocks();
    this.limits = rules.thresholds().textPages();
    this.dates = new DatelineParser(Dateline.from(rules), rules.thresholds());
    this.relatedHeads = Set.copyOf(words.relatedHeads());
    this.sharePhrases = rules.phrases("share");
    this.roleCredits =
        Stream.concat(rules.bylinePrefixes().stream(), words.sourceSentences().stream())
            .filter(p -> p.endsWith(" by"))
            .toList();
  }

  /** Marks a body line with the kind its shape and phrases show; leaves it body when none fits. */
  void classifyByShape(Line line) {
    String t = line.text;
    String opening = t.length() > OPENING_CHARS ? t.substring(0, OPENING_CHARS) : t;
    String lower = LineStarts.lower(opening);
    int n = t.length();
    int rights = rightsCredit(t);
    String phrase = lexicon.phraseReason(t);
    if (phrase == null && n > OPENING_CHARS && consentNotice(opening)) {
      phrase = CONSENT_REASON;
    }
    if (phrase == null
        && (relatedHeads.contains(lower.replaceFirst("[\\s:]+$", "").strip())
            || opensRelatedHead(line, lower))) {
      phrase = "related";
    }
    if (phrase != null) {
      line.mark(BlockKind.BOILERPLATE, phrase);
    } else if (containsAny(LineStarts.lower(t), words.embedLinks())) {
      line.mark(BlockKind.BOILERPLATE, EMBED_REASON); // an embedded post's text with its link
    } else if (n <= limits.promoLineMaxChars() && containsAny(lower, words.paywallNotices())) {
      line.mark(BlockKind.BOILERPLATE, "paywall");
    } else if (n <= limits.commentLineMaxChars() && isCommentLine(lower)) {
      line.mark(BlockKind.BOILERPLATE, "comments");
    } else if (LineStarts.first(lower, words.promoPhrases()) != null
        && n <= limits.promoLineMaxChars()) {
      line.mark(BlockKind.BOILERPLATE, "promo");
    } else if (!line.sentence
        && n <= limits.promoLineMaxChars()
        && JOB_AD_GENDERS.matcher(lower).find()) {
      line.mark(BlockKind.BOILERPLATE, "promo"); // a job ad of the site's job market
    } else if (n <= limits.promoLineMaxChars() && endsInLink(lower)) {
      line.mark(BlockKind.BOILERPLATE, "promo");
    } else if (isRankedList(t)) {
      line.mark(BlockKind.BOILERPLATE, "related"); // "#1 … #2 … #3 …": a ranking as one line
    } else if (isLink(lower, line.words)) {
      line.mark(BlockKind.BOILERPLATE, "links");
    } else if (n <= blocks.phraseBlockMaxChars() && isShareBar(lower)) {
      line.mark(BlockKind.BOILERPLATE, "share");
    } else if (isAttribution(t, lower)) {
      line.mark(BlockKind.ATTRIBUTION, "source");
    } else if (!line.sentence && n <= limits.promoLineMaxChars() && isStaffCredits(lower)) {
      line.mark(BlockKind.ATTRIBUTION, "source");
    } else if (isCredit(t, lower) || !line.paragraphStart && isSlashCredit(t) || rights == 0) {
      line.mark(BlockKind.CREDIT, "credit");
    } else if (n <= blocks.captionMaxChars()
        && LineStarts.first(lower, lexicon.textCaptionPrefixes()) != null) {
      line.mark(BlockKind.CAPTION, "caption");
    } else if (n <= blocks.captionMaxChars() && trailingCredit(t) != null) {
      line.mark(BlockKind.CAPTION, "caption");
      line.value = trailingCredit(t);
    } else if (n <= blocks.captionMaxChars() && !line.sentence && hanCredit(t) != null) {
      line.mark(BlockKind.CAPTION, "caption");
      line.value = hanCredit(t);
    } else if (n <= blocks.captionMaxChars() && rights > 0) {
      line.mark(BlockKind.CAPTION, "caption");
      line.value = t.substring(rights).strip();
    } else if (n <= blocks.captionMaxChars() && endingCredit(t, lower) != null) {
      line.mark(BlockKind.CAPTION, "caption");
      line.value = endingCredit(t, lower);
    } else if (n <= limits.longNoticeMaxChars()
        && containsAny(LineStarts.lower(t), words.captionPositions())) {
      line.mark(BlockKind.CAPTION, "caption"); // "Jane Roe (left) and John Doe at the launch"

    } else if (isMenu(line)) {
      line.mark(BlockKind.BOILERPLATE, "navigation");
    } else if (n <= limits.bylineMaxChars() && bylineAuthors(t, lower) != null) {
      line.mark(BlockKind.BYLINE, "byline");
      line.value = bylineAuthors(t, lower);
    } else if (n <= limits.bylineMaxChars() && titledName(t) != null) {
      line.mark(BlockKind.BYLINE, "byline");
      line.value = titledName(t);
    } else {
      String date = dates.parse(t);
      if (date != null) {
        line.mark(BlockKind.DATELINE, "dateline");
        line.value = date;
      }
    }
  }

  /** A rank mark before a headline: "#1 ", "#2 ". */
  private static final Pattern RANK = Pattern.compile("(?<!\\S)#(\\d{1,2})\\s");

  /**
   * A list of the most read stories printed as one line, each headline after its rank ("#1 'Why
   * don't you…' #2 Ramaphosa dodged…"): the ranks 1, 2, 3, … in order, three or more.
   */
  static boolean isRankedList(String text) {
    Matcher m = RANK.matcher(text);
    int next = 1;
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) == next) {
        next++;
      }
    }
    return next > 3;
  }

  /**
   * Whether a line's opening holds a consent phrase: a consent notice of an embedded post printed
   * as one long paragraph ("Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche
   * Einwilligung …"), longer than the shared phrase lists read.
   */
  private boolean consentNotice(String opening) {
    return CONSENT_REASON.equals(lexicon.phraseReason(opening));
  }

  /**
   * A short head of other stories on a topic: "More on Amazon", "Mehr zu Fleischkonsum", "Latest in
   * News"; the opener and a topic after it, no sentence. Drawn with an arrow ("Más en Opinión ›")
   * it is a link to the site's section, no head.
   */
  private boolean opensRelatedHead(Line line, String lower) {
    String opener = LineStarts.first(lower, words.relatedHeadOpeners());
    return opener != null
        && lower.length() > opener.length()
        && !line.sentence
        && line.words <= limits.shortLineMaxWords()
        && !pointsOn(lower);
  }

  /**
   * Marks the story's lines that ask the reader to sign up for a newsletter ("Get our award-winning
   * daily news email ...", "Der BR24 Newsletter informiert Sie ..."): a line of at most {@code
   * promoLineMaxChars} that names the newsletter. Done once the article region is found, so such a
   * line between the story's paragraphs does not split it.
   */
  void markNewsletterPrompts(List<Line> lines, int[] region) {
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY
          && l.text.length() <= limits.promoLineMaxChars()
          && namesNewsletter(LineStarts.lower(l.text))) {
        l.mark(BlockKind.BOILERPLATE, "newsletter");
      }
    }
  }

  /**
   * Marks the region's lines of fine print: a line of at most {@code longNoticeMaxChars} holding a
   * {@code finePrint} phrase (an opinion disclaimer, a machine-translation notice, a risk warning).
   * Done once the article region is found, like the newsletter prompts.
   */
  void markFinePrint(List<Line> lines, int[] region) {
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      if (l.kind == BlockKind.BODY
          && l.text.length() <= limits.longNoticeMaxChars()
          && containsAny(LineStarts.lower(l.text), words.finePrint())) {
        l.mark(BlockKind.BOILERPLATE, "disclaimer");
      }
    }
  }

  /** A video's length: "3:18", "1:02:45". */
  private static final String DURATION = "\\d{1,2}:\\d{2}(?::\\d{2})?";

  /** A video's date and length printed under its description: "21.04.2024 | 3:18 min". */
  private static final Pattern DATED_DURATION =
      Pattern.compile(
          "(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\s*\\|\\s*" + DURATION + "\\s*min\\.?$",
          Pattern.CASE_INSENSITIVE);

  /** A video's length after its label, over the video's description: "Duration 1:30". */
  private static final Pattern LABELLED_DURATION =
      Pattern.compile(
          "^(?:duration|dauer|durée|duración|duração|duur|durata)\\s*:?\\s*" + DURATION + "$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Marks the descriptions of the videos embedded in the story: a sentence glued to the video's
   * date and length ("… Wie groß ist die Gefahr? 21.04.2024 | 3:18 min"), the sentence right over a
   * line of the video's date and length alone ("26.10.2025 | 2:43 min"), or right under its
   * labelled length ("Duration 1:30"), of up to {@code longNoticeMaxChars}. Done once the article
   * region is found.
   */
  void markVideoDescriptions(List<Line> lines, int[] region) {
    for (int i = region[0]; i < region[1]; i++) {
      Line l = lines.get(i);
      String t = l.text.strip();
      if (l.kind != BlockKind.BODY && l.kind != BlockKind.DATELINE
          || t.length() > limits.promoLineMaxChars()) {
        continue;
      }
      Matcher dated = DATED_DURATION.matcher(t);
      boolean hasDate = dated.find();
      int description = -1;
      if (hasDate && dated.start() == 0) {
        l.mark(BlockKind.BOILERPLATE, "video");
        description = description(lines, region, i - 1);
      } else if (LABELLED_DURATION.matcher(t).matches()) {
        l.mark(BlockKind.BOILERPLATE, "video");
        description = description(lines, region, i + 1);
      } else if (hasDate && l.kind == BlockKind.BODY) {
        l.mark(BlockKind.BOILERPLATE, "video"); // the description glued to its date and length
      }
      if (description >= 0) {
        lines.get(description).mark(BlockKind.BOILERPLATE, "video");
      }
    }
  }

  /** The line at {@code at} when it is a body sentence of the region, of a notice's size. */
  private int description(List<Line> lines, int[] region, int at) {
    if (at < region[0] || at >= region[1]) {
      return -1;
    }
    Line l = lines.get(at);
    return l.kind == BlockKind.BODY && l.sentence && l.text.length() <= limits.longNoticeMaxChars()
        ? at
        : -1;
  }

  private boolean namesNewsletter(String lower) {
    return containsAny(lower, words.newsletterWords());
  }

  private static boolean containsAny(String lower, List<String> phrases) {
    for (String w : phrases) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A row of share buttons printed as one line: a share phrase twice or more ("이메일에 공유하기 카카오톡에 공유하기
   * ...", "Auf Facebook teilen Per E-Mail teilen"), where one alone is a whole line's phrase.
   */
  private boolean isShareBar(String lower) {
    for (String p : sharePhrases) {
      int first = lower.indexOf(p);
      if (first >= 0 && lower.indexOf(p, first + p.length()) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A site's menu printed as one line: many words, nearly all capitalised ("World Business Travel
   * Culture Video Sport Top News Stories Today ..."), without a sentence's end or a list's commas.
   * A headline in title case is shorter; prose, German nouns and all, has more small words.
   */
  private boolean isMenu(Line line) {
    String t = line.text;
    return !line.sentence
        && t.indexOf(',') < 0
        && t.indexOf(';') < 0
        && !ArticleRegion.typedListItem(t)
        && Words.casedWords(t) >= limits.menuMinWords()
        && Words.titleCaseShare(t) >= limits.menuMinCapitalised();
  }

  /**
   * A teaser with its link to the story at the end of the line: "… sounds,… Read more", "Rund 400
   * Feuerwehrleute protestieren | mehr", "… virtueller Workshop zum Kurs". Text before the link
   * word; a link alone is a whole line's phrase.
   */
  private boolean endsInLink(String lower) {
    String t = lower.replaceFirst("[\\s›»>→]+$", "");
    for (String end : words.linkEnds()) {
      int at = t.length() - end.length();
      if (at > 0 && t.endsWith(end) && !Character.isLetterOrDigit(t.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /** "Leave a reply", "Your email address will not be published", "There are 13 comments". */
  private boolean isCommentLine(String lower) {
    String p = LineStarts.first(lower, words.commentPhrases());
    return p != null
        && (!p.equals("there are")
            || lower.matches("there are \\d+ (comments|responses|replies).*"));
  }

  /**
   * A short line with a URL, an e-mail address ("bykj@mk.co.kr", "Kontakt: jane@example.org") or a
   * social handle in brackets (an embedded post's "— Jane Roe (@janeroe) May 6, 2025"), or drawn
   * with an arrow.
   */
  private boolean isLink(String lower, int words) {
    if (words > limits.linkLineMaxWords()) {
      return false;
    }
    boolean url = lower.contains("http://") || lower.contains("https://") || lower.contains("www.");
    return url || pointsOn(lower) || EMAIL.matcher(lower).find() || lower.contains("(@");
  }

  /**
   * A link or button drawn with an arrow: "More News ›", "Go to Home Page »", "‹ Previous", "←
   * Older posts". A line in guillemets ("«carte blanche»") is a quote, not a link.
   */
  private static boolean pointsOn(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    char first = t.charAt(0);
    return last == '›'
        || last == '→'
        || last == '▸'
        || (last == '»' && t.indexOf('«') < 0)
        || first == '‹'
        || first == '←'
        || (first == '«' && t.indexOf('»') < 0);
  }

  private boolean isAttribution(String t, String lower) {
    if (t.length() > blocks.attributionMaxChars()) {
      return false;
    }
    String inner = lower;
    if (bracketed(t)) {
      inner = lower.substring(1, lower.length() - 1).strip();
    }
    if (LineStarts.first(inner, words.sourcePrefixes()) != null) {
      return true;
    }
    return bracketed(t) && LineStarts.first(inner, words.sourceSentences()) != null;
  }

  /**
   * The staff's credits under a wire story, no sentence: "Reporting by Jane Roe in Oslo; Editing by
   * John Doe", "– additional reporting by Jane Roe". It opens (after a dash) with a byline or
   * source phrase that names a role before "by", too long for a byline of its names alone.
   */
  private boolean isStaffCredits(String lower) {
    String opening = lower.replaceFirst("^[\\s\\p{Pd}]+", "");
    String prefix = LineStarts.first(opening, roleCredits);
    return prefix != null && opening.length() > prefix.length();
  }

  /**
   * The photo credit in brackets that ends a caption: "Crowds wait near the palace (Picture: PA)",
   * "Der Hafen am Abend [Foto: Jane Roe]"; null when the line ends otherwise. A source note
   * ("(Quelle: dpa)") ends article paragraphs too and is no credit here.
   */
  private String trailingCredit(String t) {
    int n = t.length();
    char close = n == 0 ? ' ' : t.charAt(n - 1);
    char open = close == ')' ? '(' : close == ']' ? '[' : 0;
    int start = open == 0 ? -1 : t.lastIndexOf(open);
    if (start <= 0) {
      return null;
    }
    String inner = LineStarts.lower(t.substring(start + 1, n - 1).strip());
    boolean photo =
        LineStarts.first(inner, lexicon.textCaptionPrefixes()) != null
            || LineStarts.first(inner, lexicon.creditPrefixes()) != null;
    if (!photo
        || LineStarts.first(inner, words.sourcePrefixes()) != null
        || Words.count(inner) > limits.creditMaxWords()) {
      return null;
    }
    return t.substring(start + 1, n - 1).strip();
  }

  /**
   * The credit that ends a Japanese or Chinese caption: a bracketed name before a credit suffix
   * ("…評価検討会＝１３日（代表撮影）") or an agency after the full-width equals sign that introduces a photo's
   * date, place and source ("…警察官ら＝ＡＰ"); null otherwise.
   */
  private String hanCredit(String t) {
    int n = t.length();
    char close = t.charAt(n - 1);
    int open = close == '）' ? t.lastIndexOf('（') : close == ')' ? t.lastIndexOf('(') : -1;
    if (open > 0) {
      String inner = t.substring(open + 1, n - 1).strip();
      for (String suffix : words.creditSuffixes()) {
        if (inner.endsWith(suffix) && inner.length() <= suffix.length() + CREDIT_NAME_MAX_CHARS) {
          return inner;
        }
      }
    }
    int eq = t.lastIndexOf('＝');
    if (eq > 0 && isAgency(t.substring(eq + 1))) {
      return Normalizer.normalize(t.substring(eq + 1), Normalizer.Form.NFKC).strip();
    }
    int stop = t.lastIndexOf(". ");
    if (stop > 0) {
      String after = t.substring(stop + 2).strip();
      boolean unlatin = after.codePoints().noneMatch(c -> c < 0x250 && Character.isLetter(c));
      if (unlatin && (isAgency(after) || titledName(after) != null)) {
        return after; // a Korean caption's sentence, then "연합뉴스" or "홍길동 기자"
      }
    }
    return null;
  }

  private boolean isAgency(String text) {
    String key = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    return words.creditAgencies().contains(LineStarts.lower(key));
  }

  /**
   * The photo credit that ends a caption without brackets: "Ministers at the press conference.
   * Foto: Jane Roe/dpa", "Prince Harry in London © Jane Roe/PA"; null when no credit opener follows
   * the caption's text, or more than a credit's few words follow it. An opener that ends in a
   * letter ("photo by") must follow a full stop, where a sentence could not go on.
   */
  private String endingCredit(String t, String lower) {
    int best = -1;
    for (String p : lexicon.creditPrefixes()) {
      int at = lower.lastIndexOf(p);
      if (at > 0 && at > best && opensCredit(t, lower, at, p)) {
        best = at;
      }
    }
    if (best < 0) {
      return null;
    }
    String credit = t.substring(best).strip();
    String inner = lower.substring(best);
    boolean source = LineStarts.first(inner, words.sourcePrefixes()) != null;
    return source || Words.count(credit) > limits.creditMaxWords() ? null : credit;
  }

  /** How an agency's photo credit reserves its rights at its end. */
  private static final Pattern RIGHTS_RESERVED =
      Pattern.compile(
          "(?i)(?:©|\\bcopyright\\b)\\s*\\d{4}\\b[^.]{1,60}\\.\\s*(?:all rights reserved|alle"
              + " rechte vorbehalten|tous droits réservés|todos los derechos reservados)\\.?$");

  /**
   * Where a credit that reserves its rights starts at the end of a caption ("… im UN-Hauptquartier
   * Jane Roe/Copyright 2026 The AP. All rights reserved."): 0 for a line that is only the credit,
   * -1 for none.
   */
  private static int rightsCredit(String t) {
    Matcher m = RIGHTS_RESERVED.matcher(t);
    if (!m.find()) {
      return -1;
    }
    return Words.count(t.substring(0, m.start())) < 3 ? 0 : m.start();
  }

  private static boolean opensCredit(String t, String lower, int at, String prefix) {
    boolean word = Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1));
    if (lower.charAt(at - 1) != ' ') {
      // "。(c)AFP" ends a paragraph of a story by the agency, not a caption
      return !word && gluedOpener(t, at);
    }
    return !word || (at >= 2 && lower.charAt(at - 2) == '.');
  }

  /**
   * A capitalised opener glued to the caption's last word or full stop, where the browser joined
   * the caption and its credit without a space: "… at the World CupCredit: PA", "… der Wahl.Bild:
   * Jane Roe/dpa".
   */
  private static boolean gluedOpener(String t, int at) {
    char before = t.charAt(at - 1);
    return Character.isUpperCase(t.charAt(at)) && (Character.isLowerCase(before) || before == '.');
  }

  private static boolean bracketed(String t) {
    int n = t.length();
    return n >= 3
        && ((t.charAt(0) == '(' && t.charAt(n - 1) == ')')
            || (t.charAt(0) == '[' && t.charAt(n - 1) == ']'));
  }

  /** "(Ann Wang/Reuters)", "Photo: Kremlin.ru", "(Pool photo via Getty Images)". */
  private boolean isCredit(String t, String lower) {
    if (t.length() > blocks.captionMaxChars()) {
      return false;
    }
    boolean shortLine = Words.count(t) <= limits.creditMaxWords();
    if (lexicon.isCreditText(t)
        || (shortLine && LineStarts.first(lower, lexicon.creditPrefixes()) != null)) {
      return true;
    }
    if (bracketed(t) && shortLine) {
      for (String agency : words.creditAgencies()) {
        if (containsWord(lower, agency)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The separators of a credit's parts: "Jane Roe/dpa", "picture alliance / dpa | Jane Roe". */
  private static final Pattern CREDIT_PARTS = Pattern.compile("\\s*[/|]\\s*|\\s+via\\s+");

  /**
   * A photographer and an agency joined by a slash, as a credit line under a photo prints them
   * ("Noel Celis/Getty Images", "STR/AFP via Getty Images", "Jane Roe / Pool via Reuters"): no
   * sentence, every part a capitalised name or an agency, and one part at least an agency. A slash
   * between two names alone ("Instagram/TikTok", "Berlin/Brandenburg") says nothing of a photo.
   * Read only on the line under another, where a caption's credit stands: a credit set apart as a
   * paragraph of its own is left to the text (Readability keeps those of a figure in the body).
   */
  private boolean isSlashCredit(String t) {
    if (t.indexOf('/') < 0
        || !Character.isLetterOrDigit(t.charAt(t.length() - 1))
        || Words.count(t) > limits.creditMaxWords()) {
      return false;
    }
    boolean agency = false;
    for (String part : CREDIT_PARTS.split(t.strip())) {
      boolean known = isAgencyName(LineStarts.lower(part));
      if (part.isEmpty() || !known && !isCapitalisedName(part)) {
        return false;
      }
      agency |= known;
    }
    return agency;
  }

  private boolean isAgencyName(String lowerPart) {
    for (String agency : words.creditAgencies()) {
      if (containsWord(lowerPart, agency)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every word opens with a capital, but for the particles inside names ("Philipp von Ditfurth").
   */
  private static boolean isCapitalisedName(String part) {
    for (String word : part.split("[\\s-]+")) {
      if (!word.isEmpty()
          && !Character.isUpperCase(word.codePointAt(0))
          && !NAME_PARTICLES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "von", "van", "de", "der", "den", "del", "della", "di", "da", "dos", "du", "la", "le",
          "al", "bin", "ter", "zu");

  static boolean containsWord(String lower, String word) {
    int i = lower.indexOf(word);
    while (i >= 0) {
      int end = i + word.length();
      boolean startOk = i == 0 || !Character.isLetter(lower.charAt(i - 1));
      boolean endOk = end == lower.length() || !Character.isLetter(lower.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      i = lower.indexOf(word, i + 1);
    }
    return false;
  }

  /**
   * A name with the reporter's title after it, as Korean writes it ("홍길동 기자", "홍길동 기자
   * hong@example.kr"): the name, else null. The name is at most two words ("Jane" and her title
   * within a sentence are no byline).
   */
  private String titledName(String t) {
    String s = EMAIL.matcher(t).replaceAll("").strip();
    for (String title : words.bylineTitles()) {
      if (s.endsWith(" " + title)) {
        String name = s.substring(0, s.length() - title.length()).strip();
        int spaces = name.split("\\s+").length;
        return spaces <= 2 && !TextSplitter.endsSentence(name) ? name : null;
      }
    }
    return null;
  }

  /** "By Jane Doe and Tom Roe", "Edited by Mat Pennington." as "Jane Doe\nTom Roe", else null. */
  private String bylineAuthors(String t, String lower) {
    String prefix = LineStarts.first(lower, lexicon.bylinePrefixes());
    if (prefix == null) {
      return null;
    }
    String names =
        t.substring(prefix.length())
            .replaceAll("^[\\s:,-]+|[\\s.,;|]+$", "")
            .replaceFirst(
                "\\s+(?:(?:on|·|\\||—|–)\\s|@\\w).*$",
                ""); // "Jane Doe on March 10, 2015", "Jane Doe · 4 min read", "Jane Doe @jdoe May
    // 1"
    if (names.isEmpty()
        || Words.count(names) > limits.bylineMaxWords()
        || Words.titleCaseShare(names.replaceAll("\\b(and|und|et|y)\\b", ""))
            < limits.bylineMinCapitalised()) {
      return null;
    }
    List<String> authors = new ArrayList<>();
    for (String name : names.split("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*")) {
      if (!name.isBlank()) {
        authors.add(name.strip());
      }
    }
    return authors.isEmpty() ? null : String.join("\n", authors);
  }
}
