package io.newsflow.enrich.text;

/** One block of a text page and what was decided about it; the cleaning steps mark it in turn. */
final class Line {
  final String text;
  final boolean paragraphStart;
  final int words;
  final boolean sentence;
  final String key;
  BlockKind kind = BlockKind.BODY;
  String reason;
  String value; // the parsed date, author list or credit

  Line(TextBlock block) {
    this.text = block.text();
    this.paragraphStart = block.paragraphStart();
    this.words = Words.count(text);
    this.sentence = TextSplitter.endsSentence(text);
    this.key = LineFingerprint.normalise(text.length() > 2000 ? text.substring(0, 2000) : text);
  }

  void mark(BlockKind k, String why) {
    kind = k;
    reason = why;
  }
}
