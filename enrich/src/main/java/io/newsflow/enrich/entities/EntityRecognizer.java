package io.newsflow.enrich.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the people, organisations, places and other names (PER, ORG, LOC, MISC) in a news text and
 * merges the mentions of each into one {@link CanonicalEntity}. The text is paragraphs separated by
 * blank lines; offsets are char offsets into it. Immutable after loading; thread-safe.
 */
public final class EntityRecognizer {
  /** Texts longer than this are cut: no news article is this long, hostile input may be. */
  public static final int MAX_TEXT_CHARS = 1_000_000;

  /** Mentions past this many are dropped, which bounds the work of merging them. */
  public static final int MAX_MENTIONS = 20_000;

  private static final java.util.Set<String> INSTITUTION_HEADS =
      java.util.Set.copyOf(WordListResource.lines("institution-heads.txt"));

  private final Tokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final NerTagger tagger;
  private final Truecaser truecaser;
  private final MentionResolver resolver;
  private final ModelCard card;

  /** An English recognizer (the first of {@link EntityModels#SHIPPED}) with this tagger. */
  public EntityRecognizer(Tokenizer tokenizer, NerTagger tagger, AliasTable aliases) {
    this(tokenizer, tagger, aliases, EntityModels.SHIPPED.get(0));
  }

  public EntityRecognizer(
      Tokenizer tokenizer, NerTagger tagger, AliasTable aliases, ModelCard card) {
    this.card = card;
    this.tokenizer = tokenizer;
    this.splitter = new SentenceSplitter();
    this.tagger = tagger;
    this.truecaser = new Truecaser(tagger.lexicon());
    this.resolver = new MentionResolver(aliases);
  }

  /**
   * The English model committed with this class (trained by {@code train.TrainTagger}). Loading
   * takes under a second and about 100 MB of heap (16-bit weights), so load once per process and
   * share the instance; {@link EntityModels} holds the models of the other languages.
   */
  public static EntityRecognizer loadDefault() {
    return EntityModels.shipped().forLanguage("en").orElseThrow();
  }

  /** The language the model was trained on (BCP 47 primary tag): the only one it may tag. */
  public String language() {
    return card.language();
  }

  /** What tagged an article, for Article.entity_model: language, training data, version. */
  public String modelId() {
    return card.modelId();
  }

  public ModelCard card() {
    return card;
  }

  /** The sentence tagger, for evaluation on pre-tokenised text. */
  public NerTagger tagger() {
    return tagger;
  }

  /** Canonical entities, most salient first; empty for empty text. Never throws. */
  public List<CanonicalEntity> recognize(String text) {
    try {
      if (text == null || text.isEmpty()) {
        return List.of();
      }
      String bounded = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
      List<EntityMention> mentions = mentions(bounded);
      if (mentions.size() > MAX_MENTIONS) {
        mentions = mentions.subList(0, MAX_MENTIONS);
      }
      return resolver.resolve(mentions, bounded.length());
    } catch (RuntimeException e) {
      return List.of(); // one odd text must not stop the stream; the caller sees no entities
    }
  }

  /**
   * BIO tag ids ({@link TagSet}) for each token of each sentence of one document: the tagger's,
   * with the model's own corrections ({@link ModelCard#sentenceStartNames}).
   */
  public List<int[]> tag(List<List<String>> document) {
    List<int[]> tags = tagger.tag(document);
    if (card.sentenceStartNames()) {
      NameStarts.extend(document, tags, tagger.lexicon());
    }
    return tags;
  }

  /** Every tagged span of the text, in order. */
  public List<EntityMention> mentions(String text) {
    List<List<Token>> sentences =
        splitter.split(text, card.tokens().split(tokenizer.tokenize(text)));
    List<List<String>> words =
        sentences.stream().map(s -> s.stream().map(Token::text).toList()).toList();
    List<int[]> tags = tag(truecaser.apply(words));
    List<EntityMention> mentions = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      addSpans(text, sentences.get(s), tags.get(s), mentions);
    }
    return mentions;
  }

  private static void addSpans(
      String text, List<Token> tokens, int[] tags, List<EntityMention> out) {
    int start = -1;
    for (int i = 0; i <= tags.length; i++) {
      boolean continues = i < tags.length && TagSet.isInside(tags[i]);
      if (start >= 0 && !continues) {
        addSpan(text, tokens, start, i, TagSet.typeName(TagSet.type(tags[start])), out);
        start = -1;
      }
      if (i < tags.length && tags[i] != TagSet.O && !continues) {
        start = i;
      }
    }
  }

  /**
   * A unit at an institution ("X at Y University") is two organisations; see institution-heads.txt.
   */
  private static void addSpan(
      String text, List<Token> tokens, int from, int to, String type, List<EntityMention> out) {
    if (type.equals("ORG")) {
      for (int k = from + 1; k < to - 1; k++) {
        if (tokens.get(k).text().equals("at") && namesInstitution(tokens, k + 1, to)) {
          addMention(text, tokens, from, k, type, out);
          addMention(text, tokens, k + 1, to, type, out);
          return;
        }
      }
    }
    addMention(text, tokens, from, to, type, out);
  }

  private static boolean namesInstitution(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (INSTITUTION_HEADS.contains(tokens.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** Adds tokens [from, to) as a mention, without quotes, brackets or "'s" at either end. */
  private static void addMention(
      String text, List<Token> tokens, int from, int to, String type, List<EntityMention> out) {
    while (from < to && !isNamePart(tokens.get(from).text())) {
      from++;
    }
    while (to > from && !isNamePart(tokens.get(to - 1).text())) {
      to--;
    }
    if (from < to) {
      int start = tokens.get(from).start();
      int end = tokens.get(to - 1).end();
      out.add(new EntityMention(text.substring(start, end), start, end, type));
    }
  }

  /** A token that can begin or end a name: has a letter or digit and is not a clitic. */
  private static boolean isNamePart(String token) {
    if (Tokenizer.isApostrophe(token.charAt(0))) {
      return false; // "'s" in "Boatmen 's" is CoNLL's convention, not part of the name
    }
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
