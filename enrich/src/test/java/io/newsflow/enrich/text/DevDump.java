package io.newsflow.enrich.text;

import io.newsflow.enrich.extract.eval.PageScore;
import io.newsflow.enrich.text.eval.TextExtractionEvaluation;
import java.nio.file.Path;
import java.util.Comparator;

/** Prints every page's score of the innerText set (a development aid). */
final class DevDump {
  public static void main(String[] args) {
    var r = new TextExtractionEvaluation(null).run(Path.of(args[0]));
    r.pages().stream().sorted(Comparator.comparingDouble(PageScore::f1)).forEach(p ->
        System.out.printf("%-34s F1 %.3f  P %.3f  R %.3f  TP %d FP %d FN %d%n", p.page(), p.f1(), p.precision(), p.recall(),
            p.truePositives(), p.falsePositives(), p.falseNegatives()));
    System.out.printf("F1 %.4f P %.4f R %.4f%n", r.bodyF1(), r.bodyPrecision(), r.bodyRecall());
  }
}
