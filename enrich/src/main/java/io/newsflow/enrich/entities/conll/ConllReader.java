package io.newsflow.enrich.entities.conll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-2003 style files: one token per line, token first and gold tag last, blank lines
 * between sentences, optional "-DOCSTART-" lines between documents. IOB1 tags are turned into IOB2.
 * Files without "-DOCSTART-" are cut into documents before each headline-and-dateline ("BRUSSELS
 * 1996-08-22"), the layout of wire stories, so document-level features see one story.
 */
public final class ConllReader {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int MAX_DATELINE_TOKENS = 6;
  private static final int MAX_BYLINE_TOKENS = 4;
  private static final int MAX_AGENCY_DATELINE_TOKENS = 16;
  private static final Pattern AGENCY = Pattern.compile("\\p{Lu}{2,6}");

  /**
   * Files with neither "-DOCSTART-" nor datelines (the multilingual data: shuffled Wikipedia
   * sentences, newspaper sentences) are cut into documents of this many sentences, about an
   * article's length, so document-level features see a bounded, article-sized context.
   */
  static final int UNMARKED_DOCUMENT_SENTENCES = 20;

  private ConllReader() {}

  public static List<ConllDocument> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<ConllDocument> documents = new ArrayList<>();
    List<String> header = new ArrayList<>();
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> block = new ArrayList<>();
    boolean sawDocStart = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("-DOCSTART-")) {
        flushSentence(block, sentences);
        if (!sentences.isEmpty() || !header.isEmpty()) {
          documents.add(new ConllDocument(header, sentences));
        }
        header = new ArrayList<>(List.of(raw));
        sentences = new ArrayList<>();
        sawDocStart = true;
      } else if (line.isEmpty()) {
        if (block.isEmpty()) {
          header.add(raw); // blank line after -DOCSTART-
        }
        flushSentence(block, sentences);
      } else {
        block.add(raw);
      }
    }
    flushSentence(block, sentences);
    if (!sentences.isEmpty() || !header.isEmpty()) {
      documents.add(new ConllDocument(header, sentences));
    }
    if (sawDocStart) {
      return documents;
    }
    List<ConllDocument> stories = splitAtDatelines(documents);
    if (stories.size() > documents.size()) {
      return stories;
    }
    List<ConllDocument> agencyStories = splitAtAgencyDatelines(documents);
    return agencyStories.size() > documents.size() ? agencyStories : cutLong(stories);
  }

  private static void flushSentence(List<String> block, List<ConllSentence> sentences) {
    if (block.isEmpty()) {
      return;
    }
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : block) {
      String[] columns = line.strip().split("\\s+");
      tokens.add(columns[0]);
      tags.add(
          columns.length > 1 && isTag(columns[columns.length - 1])
              ? columns[columns.length - 1]
              : "O");
    }
    sentences.add(new ConllSentence(block, tokens, toIob2(tags)));
    block.clear();
  }

  /** O, or B-/I-/E-/S- and a type: a line without one has no gold tag (plain text to tag). */
  public static boolean isTag(String column) {
    return column.equals("O") || column.matches("[BIES]-[A-Za-z]+");
  }

  /** IOB1 starts a span with I- unless it directly follows one of the same type; make it B-. */
  static List<String> toIob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String previous = "O";
    for (String tag : tags) {
      String fixed = tag;
      if (tag.startsWith("I-")
          && !previous.substring(Math.min(2, previous.length())).equals(tag.substring(2))) {
        fixed = "B-" + tag.substring(2);
      }
      out.add(fixed);
      previous = fixed;
    }
    return out;
  }

  private static List<ConllDocument> splitAtDatelines(List<ConllDocument> whole) {
    List<ConllDocument> documents = new ArrayList<>();
    for (ConllDocument doc : whole) {
      List<ConllSentence> sentences = doc.sentences();
      int start = 0;
      for (int i = 1; i < sentences.size(); i++) {
        if (!isDateline(sentences.get(i))) {
          continue;
        }
        int storyStart = i - 1; // the headline
        if (storyStart > start && isByline(sentences.get(storyStart))) {
          storyStart--;
        }
        if (storyStart > start) {
          documents.add(part(doc, start, storyStart));
          start = storyStart;
        }
      }
      documents.add(part(doc, start, sentences.size()));
    }
    return documents;
  }

  /** Sentences [from, to) of a document as a document; the first part keeps its header. */
  private static ConllDocument part(ConllDocument doc, int from, int to) {
    return new ConllDocument(
        from == 0 ? doc.header() : List.of(), doc.sentences().subList(from, to));
  }

  /**
   * Agency copy opens each story with its dateline: "Santander , 25 may ( EFE ) ." (the CoNLL-2002
   * Spanish layout); a story runs from one such line to the next.
   */
  private static List<ConllDocument> splitAtAgencyDatelines(List<ConllDocument> whole) {
    List<ConllDocument> documents = new ArrayList<>();
    for (ConllDocument doc : whole) {
      List<ConllSentence> sentences = doc.sentences();
      int start = 0;
      for (int i = 1; i < sentences.size(); i++) {
        if (isAgencyDateline(sentences.get(i))) {
          documents.add(part(doc, start, i));
          start = i;
        }
      }
      documents.add(part(doc, start, sentences.size()));
    }
    return cutLong(documents);
  }

  /** A short line with a comma, then an all-caps agency in parentheses, then at most a stop. */
  static boolean isAgencyDateline(ConllSentence sentence) {
    List<String> tokens = sentence.tokens();
    int n = tokens.size();
    int close = tokens.get(n - 1).equals(".") ? n - 2 : n - 1;
    return n <= MAX_AGENCY_DATELINE_TOKENS
        && close >= 3
        && tokens.get(close).equals(")")
        && tokens.get(close - 2).equals("(")
        && AGENCY.matcher(tokens.get(close - 1)).matches()
        && tokens.subList(0, close - 2).contains(",");
  }

  private static List<ConllDocument> cutLong(List<ConllDocument> whole) {
    List<ConllDocument> documents = new ArrayList<>();
    for (ConllDocument doc : whole) {
      List<ConllSentence> sentences = doc.sentences();
      for (int start = 0; start < sentences.size(); start += UNMARKED_DOCUMENT_SENTENCES) {
        int end = Math.min(sentences.size(), start + UNMARKED_DOCUMENT_SENTENCES);
        documents.add(part(doc, start, end));
      }
      if (sentences.isEmpty()) {
        documents.add(doc);
      }
    }
    return documents;
  }

  private static boolean isDateline(ConllSentence sentence) {
    List<String> tokens = sentence.tokens();
    return tokens.size() <= MAX_DATELINE_TOKENS
        && DATE.matcher(tokens.get(tokens.size() - 1)).matches();
  }

  /** "Peter Blackburn": a short line without a final full stop between headline and dateline. */
  private static boolean isByline(ConllSentence sentence) {
    List<String> tokens = sentence.tokens();
    return tokens.size() <= MAX_BYLINE_TOKENS && !tokens.get(tokens.size() - 1).equals(".");
  }
}
