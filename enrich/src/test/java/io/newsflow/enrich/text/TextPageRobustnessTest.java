package io.newsflow.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.html.ArticleExtractor;
import io.newsflow.enrich.html.HtmlPageParser;
import io.newsflow.enrich.page.EnrichResult;
import io.newsflow.enrich.page.PageEnricher;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.RawPageRef;
import io.newsflow.schema.SourceKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile and unusual text pages end as an article or a dead letter with a reason, never a crash.
 */
class TextPageRobustnessTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-10T00:00:00Z"), ZoneOffset.UTC);
  static final String SENTENCE =
      "The council approved the new budget for the harbour district after a long debate on Tuesday. ";
  static EntityRecognizer recognizer;

  @BeforeAll
  static void load() {
    recognizer = EntityRecognizer.loadDefault();
  }

  static PageEnricher enricher(int maxPageBytes) {
    EnrichConfig d = EnrichConfig.defaults(Path.of("unused"));
    EnrichConfig config =
        d.withPageLimits(maxPageBytes, d.minWords(), d.maxTags(), Duration.ofSeconds(60));
    return new PageEnricher(
        config, new HtmlPageParser(), ArticleExtractor.withDefaultRules(), recognizer, CLOCK);
  }

  static EnrichResult enrich(PageEnricher enricher, byte[] body) {
    RawPage page =
        RawPage.newBuilder()
            .setRequestedUrl("https://x.example/p")
            .setFinalUrl("https://x.example/p")
            .setFetchedAt(CLOCK.instant())
            .setHttpStatus(200)
            .setContentType("text/plain")
            .setHeaders(Map.of())
            .setBody(ByteBuffer.wrap(body))
            .setSourceKind(SourceKind.PIPE)
            .build();
    return enricher.enrich(
        page, new RawPageRef("t", 0, 0L, "https://x.example/p", CLOCK.instant()));
  }

  static String reason(EnrichResult r) {
    return r instanceof EnrichResult.Rejected rejected
        ? rejected.rejection().reason().code()
        : "article";
  }

  @Test
  void aTwentyMegabyteTextPageIsRefusedBeforeAnyWorkUnderTheDefaultLimit() {
    byte[] big =
        (SENTENCE + "\n\n")
            .repeat(20 * 1024 * 1024 / (SENTENCE.length() + 2) + 1)
            .getBytes(StandardCharsets.UTF_8);
    assertTrue(big.length >= 20 * 1024 * 1024);
    assertEquals("too_large", reason(enrich(enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES), big)));
  }

  @Test
  void aTwentyMegabyteTextPageUnderARaisedLimitEndsAsAnArticleOrADeadLetter() {
    byte[] big =
        (SENTENCE + "\n")
            .repeat(20 * 1024 * 1024 / (SENTENCE.length() + 1) + 1)
            .getBytes(StandardCharsets.UTF_8);
    String outcome = reason(enrich(enricher(32 * 1024 * 1024), big));
    assertTrue(outcome.equals("article") || outcome.equals("over_time_budget"), outcome);
  }

  @Test
  void aPageWithoutLineBreaksIsOneBlock() {
    byte[] oneLine = SENTENCE.repeat(20_000).getBytes(StandardCharsets.UTF_8); // 1.9 MB, no newline
    EnrichResult r = enrich(enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES), oneLine);
    assertEquals(
        "article", reason(r), r.toString().substring(0, Math.min(300, r.toString().length())));
  }

  @Test
  void emptyAndBlankPagesAreDeadLetters() {
    assertEquals(
        "empty_body", reason(enrich(enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES), new byte[0])));
    assertEquals(
        "empty_after_extraction",
        reason(
            enrich(
                enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES),
                "\n \n\u00a0\n\t\n".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void binaryDeclaredAsTextIsADeadLetter() {
    byte[] pdf = "%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII);
    assertEquals("not_text", reason(enrich(enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES), pdf)));
  }

  @Test
  void latin1BytesDeclaredAsUtf8AreAnEncodingDeadLetter() {
    byte[] noise = new byte[3000];
    new java.util.Random(5).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (noise[i] | 0x80);
    }
    assertEquals(
        "invalid_encoding", reason(enrich(enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES), noise)));
  }

  @Test
  void chineseAndArabicPagesBecomeArticlesInTheirLanguage() {
    String zh =
        "新闻网\n首页\n\n中国和俄罗斯领导人周四在莫斯科会晤，双方同意进一步深化全面战略协作伙伴关系，并签署了二十多项合作协议。\n\n"
            + "分析人士表示，这次会晤显示两国在当前国际形势下希望加强政治和经济合作，特别是在能源、贸易和科技领域。\n\n"
            + "双方还就乌克兰局势和亚太地区安全问题交换了意见，并表示将继续在联合国等多边机制中密切协调。\n\n相关文章\n分享到微信\n";
    EnrichResult r =
        enrich(enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES), zh.getBytes(StandardCharsets.UTF_8));
    assertEquals("article", reason(r));
    var a = ((EnrichResult.Enriched) r).article();
    assertEquals("zh", a.getLanguage());
    assertTrue(
        a.getText().startsWith("中国和俄罗斯领导人")
            && !a.getText().contains("分享到微信")
            && !a.getText().contains("相关文章"),
        a.getText());

    String ar =
        "الرئيسية\n\nالتقى الرئيس الصيني شي جين بينغ بالرئيس الروسي فلاديمير بوتين في موسكو يوم الخميس، واتفق الجانبان على تعميق الشراكة الاستراتيجية بين البلدين في جميع المجالات.\n\n"
            + "وقال محللون إن اللقاء يعكس رغبة البلدين في تعزيز التعاون السياسي والاقتصادي في ظل الظروف الدولية الراهنة، خاصة في مجالات الطاقة والتجارة.\n\n"
            + "شارك على فيسبوك\nمقالات ذات صلة\n";
    EnrichResult r2 =
        enrich(enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES), ar.getBytes(StandardCharsets.UTF_8));
    assertEquals("article", reason(r2));
    var a2 = ((EnrichResult.Enriched) r2).article();
    assertEquals("ar", a2.getLanguage());
    assertTrue(
        a2.getText().startsWith("التقى") && !a2.getText().contains("شارك على فيسبوك"),
        a2.getText());
  }

  @Test
  void aUtf16PageWithItsByteOrderMarkIsRead() {
    String text = (SENTENCE + "\n\n").repeat(5);
    byte[] body =
        text.getBytes(StandardCharsets.UTF_16); // with BOM, so NUL bytes do not mean binary
    assertEquals("article", reason(enrich(enricher(EnrichConfig.DEFAULT_MAX_PAGE_BYTES), body)));
  }
}
