package io.newsflow.enrich.entities;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese word segmentation and part of speech by HanLP portable (Apache-2.0; its dictionaries are
 * read from its own jar on first use, never from files or the network), with its recognisers of
 * Chinese, transliterated and Japanese person names, place names and organisation names. The
 * character tagger takes these as features ({@link CharacterFeatures}): they know names and words
 * the 4,000 training sentences never had. Thread-safe: a segment keeps no state between calls.
 */
public final class ChineseWords {
  /** One word of a text: chars [start, end) and HanLP's part of speech ("nature"). */
  public record Word(int start, int end, String nature) {
    /** The entity type HanLP's natures give: PER, LOC, ORG, or null for any other word. */
    public String nameType() {
      return ChineseWords.nameType(nature);
    }
  }

  /** Holder idiom: HanLP's dictionaries (about 60 MB of heap, 2 s) load on the first call only. */
  private static final class Holder {
    private static final Segment SEGMENT =
        HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enableJapaneseNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true);
  }

  private ChineseWords() {}

  /**
   * The words of a text, in order, covering it. Traditional characters are read as their simplified
   * forms (HanLP's dictionaries are simplified) where that keeps the length, so the offsets stay
   * those of the given text.
   */
  public static List<Word> of(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String simplified = simplified(text);
    List<Term> terms = Holder.SEGMENT.seg(simplified);
    List<Word> words = new ArrayList<>(terms.size());
    for (Term term : terms) {
      words.add(new Word(term.offset, term.offset + term.length(), String.valueOf(term.nature)));
    }
    return words;
  }

  /**
   * The name type of a dictionary word, HanLP's core or custom dictionary, whatever the segmenter
   * chose in context: PER, LOC, ORG, "nz" (another proper noun), or null if it names none.
   */
  public static String dictionaryNameType(String word) {
    String type = nameType(com.hankcs.hanlp.dictionary.CustomDictionary.get(word));
    return type != null ? type : nameType(com.hankcs.hanlp.dictionary.CoreDictionary.get(word));
  }

  private static String nameType(com.hankcs.hanlp.dictionary.CoreDictionary.Attribute attribute) {
    if (attribute == null) {
      return null;
    }
    for (var nature : attribute.nature) {
      String n = String.valueOf(nature);
      String type = nameType(n);
      if (type != null) {
        return type;
      }
      if (n.equals("nz")) {
        return n;
      }
    }
    return null;
  }

  /** The text in simplified characters if converting keeps its length, else as given. */
  static String simplified(String text) {
    String converted = HanLP.convertToSimplifiedChinese(text);
    return converted.length() == text.length() ? converted : text;
  }

  /**
   * nr* person (nrf transliterated, nrj Japanese), ns* place (nsf transliterated), nt* organisation
   * (ntc company, ntu university, ...), as in HanLP's tag set.
   */
  static String nameType(String nature) {
    if (nature.startsWith("nr")) {
      return "PER";
    }
    if (nature.startsWith("ns")) {
      return "LOC";
    }
    if (nature.startsWith("nt")) {
      return "ORG";
    }
    return null;
  }
}
