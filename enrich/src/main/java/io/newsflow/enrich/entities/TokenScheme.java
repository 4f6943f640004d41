package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a language's model cuts text into tokens, and how a CoNLL file of that language maps onto
 * those tokens. The pipeline tokenizer cuts words; a scheme may cut further (Chinese: one token per
 * Han character, because new text has no word boundaries) or the training data may have cut further
 * than raw text does (Portuguese: the data splits "do" into "de o"; raw text keeps "do", so
 * training joins them again). Evaluation maps the model's tags back onto the file's own tokens, so
 * every score is against the file's gold tags as given.
 */
public enum TokenScheme {
  /** Tokens as the pipeline tokenizer cuts them. */
  WORDS,
  /** One token per Han, kana or hangul character; other words as cut. */
  CHARACTERS,
  /** Words, with the data's split Portuguese contractions ("de" "o") joined ("do"). */
  PORTUGUESE_CONTRACTIONS;

  /** Preposition + article/pronoun pairs of the UD Portuguese data and the written contraction. */
  private static final Map<String, String> PT_CONTRACTIONS = ptContractions();

  /** The feature additions a model of this scheme is trained and run with. */
  public FeatureOptions features() {
    return this == CHARACTERS ? FeatureOptions.CHARACTERS : FeatureOptions.DEFAULT;
  }

  /** The pipeline tokens cut the way the model expects. */
  public List<Token> split(List<Token> tokens) {
    if (this != CHARACTERS) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size() * 2);
    for (Token token : tokens) {
      if (!hasIdeograph(token.text())) {
        out.add(token);
        continue;
      }
      String text = token.text();
      int runStart = -1;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (isIdeograph(cp)) {
          if (runStart >= 0) {
            out.add(sub(token, runStart, i));
            runStart = -1;
          }
          out.add(sub(token, i, next));
        } else if (runStart < 0) {
          runStart = i;
        }
        i = next;
      }
      if (runStart >= 0) {
        out.add(sub(token, runStart, text.length()));
      }
    }
    return out;
  }

  private static Token sub(Token token, int from, int to) {
    return new Token(token.text().substring(from, to), token.start() + from, token.start() + to);
  }

  /**
   * A sentence of a data file as model tokens with their gold tags; {@code sourceIndex[k]} is the
   * file token model token k came from (several model tokens may share one, one may cover two).
   */
  public record Mapped(List<String> tokens, List<String> tags, int[] sourceIndex) {}

  /** Maps one sentence of a data file (tokens and IOB2 gold tags) to model tokens. */
  public Mapped map(List<String> tokens, List<String> tags) {
    return switch (this) {
      case WORDS -> new Mapped(tokens, tags, identity(tokens.size()));
      case CHARACTERS -> toCharacters(tokens, tags);
      case PORTUGUESE_CONTRACTIONS -> joinContractions(tokens, tags);
    };
  }

  /**
   * The model's tags back on the file's tokens: a file token takes the tag of its first model token
   * (a Chinese word tagged from its first character); a file token joined into a contraction takes
   * the contraction's tag, as I- when the contraction began a name.
   */
  public List<String> back(Mapped mapped, List<String> modelTags, int sourceSize) {
    String[] out = new String[sourceSize];
    for (int k = 0; k < modelTags.size(); k++) {
      int source = mapped.sourceIndex()[k];
      if (out[source] == null) {
        out[source] = modelTags.get(k);
      }
    }
    for (int i = 0; i < sourceSize; i++) {
      if (out[i] == null) { // the second half of a contraction
        String previous = i > 0 ? out[i - 1] : "O";
        out[i] = previous.startsWith("B-") ? "I-" + previous.substring(2) : previous;
      }
    }
    return List.of(out);
  }

  private static int[] identity(int n) {
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    return index;
  }

  private static Mapped toCharacters(List<String> tokens, List<String> tags) {
    List<String> chars = new ArrayList<>();
    List<String> charTags = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int w = 0; w < tokens.size(); w++) {
      String tag = tags.get(w);
      String inside = tag.equals("O") ? "O" : "I-" + tag.substring(2);
      List<Token> parts =
          CHARACTERS.split(List.of(new Token(tokens.get(w), 0, tokens.get(w).length())));
      for (int p = 0; p < parts.size(); p++) {
        chars.add(parts.get(p).text());
        charTags.add(p == 0 ? tag : inside);
        index.add(w);
      }
    }
    return new Mapped(chars, charTags, index.stream().mapToInt(Integer::intValue).toArray());
  }

  private static Mapped joinContractions(List<String> tokens, List<String> sourceTags) {
    List<String> tags = new ArrayList<>(sourceTags);
    List<String> joined = new ArrayList<>();
    List<String> joinedTags = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String contraction =
          i + 1 < tokens.size() ? contraction(tokens.get(i), tokens.get(i + 1)) : null;
      joined.add(contraction == null ? tokens.get(i) : contraction);
      joinedTags.add(tags.get(i)); // "de a Petrobras": the joined word stays outside the name
      index.add(i);
      if (contraction == null) {
        continue;
      }
      i++;
      String tag = tags.get(i - 1);
      if (i + 1 < tokens.size() && tags.get(i + 1).startsWith("I-")) {
        String type = tags.get(i + 1).substring(2);
        if (tag.equals("O") || !tag.substring(2).equals(type)) {
          tags.set(i + 1, "B-" + type); // the name began inside the contraction
        }
      }
    }
    return new Mapped(joined, joinedTags, index.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The written contraction of two data tokens ("Em" "o" gives "No"), or null. */
  static String contraction(String first, String second) {
    String joined =
        PT_CONTRACTIONS.get(first.toLowerCase(Locale.ROOT) + " " + second.toLowerCase(Locale.ROOT));
    if (joined == null
        || !second.equals(second.toLowerCase(Locale.ROOT))
        || !first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return Character.isUpperCase(first.charAt(0))
        ? Character.toUpperCase(joined.charAt(0)) + joined.substring(1)
        : joined;
  }

  private static Map<String, String> ptContractions() {
    Map<String, String> map = new java.util.HashMap<>();
    String[] articles = {"o", "a", "os", "as"};
    String[] de = {"do", "da", "dos", "das"};
    String[] em = {"no", "na", "nos", "nas"};
    String[] a = {"ao", "à", "aos", "às"};
    String[] por = {"pelo", "pela", "pelos", "pelas"};
    for (int k = 0; k < articles.length; k++) {
      map.put("de " + articles[k], de[k]);
      map.put("em " + articles[k], em[k]);
      map.put("a " + articles[k], a[k]);
      map.put("por " + articles[k], por[k]);
    }
    for (String w :
        new String[] {
          "um", "uma", "uns", "umas", "ele", "ela", "eles", "elas", "este", "esta", "estes",
          "estas", "esse", "essa", "esses", "essas", "aquele", "aquela", "aqueles", "aquelas",
          "isto", "isso", "aquilo", "outro", "outra", "outros", "outras"
        }) {
      map.put("de " + w, "d" + w);
      map.put("em " + w, "n" + w);
    }
    map.put("a aquele", "àquele");
    map.put("a aquela", "àquela");
    map.put("de aqui", "daqui");
    map.put("de aí", "daí");
    map.put("de onde", "donde");
    return Map.copyOf(map);
  }

  private static boolean hasIdeograph(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isIdeograph(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Scripts written without spaces between words. */
  static boolean isIdeograph(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
