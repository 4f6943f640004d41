package io.newsflow.enrich.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.article.Extraction;
import io.newsflow.enrich.language.LanguageGuesser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * News pages in Chinese, Arabic, French, German and Japanese, each served in the legacy charset its
 * meta tag declares (no HTTP header): the bytes must be read in that charset, the boilerplate of
 * each language dropped, every sentence kept, and the metadata read, the language guessed where the
 * page does not declare it. The pages live as UTF-8 files under {@code multilingual/} and are
 * encoded here, so a reader can review them.
 */
class MultilingualPagesTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaultRules();
  private static final LanguageGuesser LANGUAGES = LanguageGuesser.withDefaultProfiles();

  @Test
  void chineseDeclaredGb2312ServedAsGbk() throws IOException {
    Page page =
        page("zh-gb2312.html", "GBK"); // what sites declaring gb2312 send, and browsers read
    page.keeps(
        "新华社北京11月15日电（记者 王晓明）国家统计局15日发布数据显示，前十个月，全国规模以上工业增加值同比增长5.8%，增速比前三季度加快0.1个百分点。",
        "分三大门类看，10月份，采矿业增加值同比增长4.6%，制造业增长5.6%，电力、热力、燃气及水生产和供应业增长2.8%。",
        "国家统计局新闻发言人付凌晖表示，总的来看，10月份国民经济运行稳中有进，生产需求稳步恢复，就业物价总体稳定，市场预期明显改善。",
        "他同时指出，当前外部环境不确定性依然较多，国内需求仍显不足，经济持续回升向好的基础还需巩固。");
    page.drops("首页", "分享到", "责任编辑", "相关新闻", "统计局：10月份社会消费品零售总额", "版权所有", "图为某工厂生产线");
    assertTrue(page.extraction.title().startsWith("国家统计局：前十月全国规模以上工业增加值同比增长5.8%"));
    assertEquals("2024-11-15T10:32:00+08:00", page.extraction.publishedTime());
    assertEquals("zh", page.language());
    assertEquals("图为某工厂生产线。（新华社记者 李华 摄）", page.extraction.images().get(0).caption());
  }

  @Test
  void arabicInWindows1256() throws IOException {
    Page page = page("ar-windows-1256.html", "windows-1256");
    page.keeps(
        "أعلنت الحكومة اليوم الثلاثاء عن خطة جديدة تهدف إلى زيادة حصة الطاقة المتجددة في مزيج الطاقة الوطني إلى ثلاثين بالمئة بحلول عام 2030.",
        "وقال وزير الطاقة في مؤتمر صحفي إن الخطة تتضمن حوافز ضريبية للشركات التي تستثمر في مشاريع الطاقة الشمسية وطاقة الرياح.",
        "وأضاف الوزير أن الحكومة ستعمل مع القطاع الخاص لبناء شبكة نقل حديثة قادرة على استيعاب الكميات المتزايدة من الكهرباء النظيفة.",
        "ورحب خبراء اقتصاديون بالخطة، مشيرين إلى أنها قد تخلق آلاف فرص العمل الجديدة في السنوات المقبلة.");
    page.drops(
        "الرئيسية",
        "بقلم",
        "فيسبوك",
        "اقرأ أيضا",
        "ارتفاع أسعار النفط",
        "جميع الحقوق محفوظة",
        "محطة للطاقة الشمسية");
    assertEquals("الحكومة تعلن خطة جديدة لدعم الطاقة المتجددة", page.extraction.title());
    assertEquals(List.of("أحمد حسن"), page.extraction.authors());
    assertEquals("2024-03-12T09:15:00+03:00", page.extraction.publishedTime());
    assertEquals("ar", page.language());
  }

  @Test
  void frenchInIso88591WithADatelineOnly() throws IOException {
    Page page = page("fr-iso-8859-1.html", "ISO-8859-1");
    page.keeps(
        "Les syndicats de cheminots ont appelé à une grève nationale jeudi, pour protester contre la réforme des retraites et réclamer des hausses de salaires.",
        "Selon la direction de la SNCF, seul un TGV sur trois circulera sur les grandes lignes, et le trafic des TER sera « très fortement perturbé » dans la plupart des régions.",
        "« Nous ne lâcherons rien tant que le gouvernement refusera d'ouvrir de véritables négociations », a déclaré un responsable syndical.",
        "Le ministre des transports a dénoncé une « prise d'otage » des usagers à quelques jours des vacances d'hiver.");
    page.drops(
        "S'abonner",
        "cookies",
        "Par Claire Dupont",
        "Partager",
        "Recevez chaque matin",
        "Lire aussi",
        "Mentions légales");
    assertEquals("Grève à la SNCF : le trafic sera très perturbé jeudi", page.extraction.title());
    assertEquals(
        "2024-02-05T18:02:00", page.extraction.publishedTime(), "from the visible dateline");
    assertEquals("fr", page.language());
  }

  @Test
  void germanWithItsStandLineOutOfTheText() throws IOException {
    Page page = page("de-utf-8.html", "UTF-8");
    page.keeps(
        "Die Lokführergewerkschaft GDL hat mit einem mehrtägigen Streik den Fernverkehr der Deutschen Bahn weitgehend zum Erliegen gebracht. Nur etwa jeder fünfte Zug fährt.",
        "Verhandlungen festgefahren",
        "Bahn-Personalvorstand Martin Seiler nannte den Streik „unverhältnismäßig“ und forderte die Gewerkschaft auf, an den Verhandlungstisch zurückzukehren.");
    page.drops(
        "Startseite",
        "Stand:",
        "Artikel teilen",
        "Mehr zum Thema",
        "Was Fahrgäste jetzt wissen müssen",
        "Impressum");
    assertEquals("Bahnstreik: GDL legt Fernverkehr lahm", page.extraction.title());
    assertEquals(List.of("Jana Müller"), page.extraction.authors());
    assertEquals("2024-01-10T06:30:00+01:00", page.extraction.publishedTime());
  }

  @Test
  void japaneseInShiftJisAShortStoryKeepsItsHintsDrops() throws IOException {
    Page page = page("ja-shift_jis.html", "Shift_JIS");
    page.keeps(
        "日銀は19日の金融政策決定会合で、マイナス金利政策の解除を決めた。利上げは2007年2月以来、17年ぶりとなる。",
        "植田和男総裁は記者会見で、賃金と物価の好循環が強まっていることが確認できたと述べた。",
        "市場関係者の多くは、今後の追加利上げのペースは緩やかになるとみている。");
    page.drops("トップ", "2024年3月19日", "シェア", "アクセスランキング", "円相場");
    assertEquals("日銀、マイナス金利解除を決定 17年ぶり利上げ", page.extraction.title());
    assertEquals(
        "2024-03-19T13:05:00", page.extraction.publishedTime(), "from the visible dateline");
    assertEquals("ja", page.language());
  }

  private record Page(Extraction extraction) {
    void keeps(String... sentences) {
      for (String s : sentences) {
        assertTrue(
            extraction.text().contains(s), "lost: " + s + "\n--- text:\n" + extraction.text());
      }
    }

    void drops(String... boilerplate) {
      for (String b : boilerplate) {
        assertFalse(
            extraction.text().contains(b), "kept: " + b + "\n--- text:\n" + extraction.text());
      }
    }

    String language() {
      return LANGUAGES.declaredOrGuessed(extraction.language(), extraction.text());
    }
  }

  /** The page's bytes in its declared charset, parsed without a charset hint, then extracted. */
  private static Page page(String file, String charset) throws IOException {
    String html;
    try (InputStream in = MultilingualPagesTest.class.getResourceAsStream("multilingual/" + file)) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    byte[] bytes = encodeStrictly(html, Charset.forName(charset));
    return new Page(
        EXTRACTOR.extract(
            new HtmlPageParser().parse(bytes, "https://news.example.org/2024/story.html")));
  }

  private static byte[] encodeStrictly(String text, Charset charset)
      throws CharacterCodingException {
    ByteBuffer encoded =
        charset
            .newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .onMalformedInput(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(text));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    return bytes;
  }
}
