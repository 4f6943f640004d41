package io.newsflow.encoding;

import java.util.Map;

/**
 * A few news-like sentences per language, written for these tests; every character in the
 * language's legacy charset.
 */
final class SampleTexts {
  private static final Map<String, String> TEXTS =
      Map.of(
          "zh",
              "国家主席在莫斯科会见了俄罗斯总统，双方就双边关系和共同关心的国际问题深入交换了意见。" + "会谈结束后，两国领导人共同签署了关于深化全面战略协作伙伴关系的联合声明。",
          "ja", "東京都は今日、新しい交通計画を発表しました。市民の生活をより便利にするため、" + "バスと電車の運行を増やします。計画は来年の春から始まる予定です。",
          "ko",
              "서울시는 오늘 새로운 교통 계획을 발표했습니다. 시민들의 생활을 더 편리하게 하기 위해 "
                  + "버스와 지하철 운행을 늘릴 예정입니다. 계획은 내년 봄부터 시작됩니다.",
          "ru",
              "Президент заявил, что правительство должно принять меры для поддержки экономики "
                  + "и развития регионов страны в следующем году. Решение будет принято в течение месяца.",
          "ar",
              "قال الرئيس إن الحكومة ستعمل على دعم الاقتصاد الوطني وتطوير المناطق في العام المقبل، "
                  + "وأكد أهمية التعاون بين الدول العربية في مواجهة التحديات.");

  private SampleTexts() {}

  static String of(String lang) {
    return TEXTS.get(lang);
  }
}
