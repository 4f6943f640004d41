package io.newsflow.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private static EntityRecognizer recognizer;
  private static double loadSeconds;

  @BeforeAll
  static void load() {
    // CPU time of the loading thread, not wall time: on a loaded machine the wall clock measures
    // the neighbours.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    recognizer = EntityRecognizer.loadDefault();
    loadSeconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
  }

  @Test
  void loadsTheCommittedModelQuickly() {
    assertTrue(loadSeconds < 2.0, "model load took " + loadSeconds + " CPU s");
  }

  @Test
  void findsAndMergesEntitiesOfAShortStory() {
    String text =
        "MOSCOW (Reuters) - Russian President Vladimir Putin met U.S. officials on Friday.\n\n"
            + "Putin told reporters in Moscow that the United States and NATO should talk.";
    List<CanonicalEntity> entities = recognizer.recognize(text);
    CanonicalEntity putin = find(entities, "Vladimir Putin");
    assertEquals("PER", putin.type());
    assertEquals(2, putin.count());
    assertEquals("LOC", find(entities, "United States").type());
    assertEquals(2, find(entities, "United States").count());
    assertEquals("LOC", find(entities, "Moscow").type());
    for (CanonicalEntity e : entities) {
      for (EntityMention m : e.mentions()) {
        assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
    }
  }

  @Test
  void neverThrowsOnOddInput() {
    assertEquals(List.of(), recognizer.recognize(""));
    assertEquals(List.of(), recognizer.recognize(null));
    recognizer.recognize("\u0000\uFFFF\uD800 ' \u2019s n't ... -- \n\n\n .");
    recognizer.recognize("A".repeat(100_000));
    recognizer.recognize("Xi. ".repeat(20_000));
    recognizer.recognize("(" + "Reuters) - ".repeat(1000));
  }

  @Test
  void givesTheSameAnswerFromManyThreads() throws Exception {
    String text =
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.\n\n"
            + "Xi told Putin that China and Russia would stand together, Reuters reported.";
    List<CanonicalEntity> expected = recognizer.recognize(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<CanonicalEntity>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> recognizer.recognize(text)));
      }
      for (Future<List<CanonicalEntity>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  static CanonicalEntity find(List<CanonicalEntity> entities, String name) {
    List<CanonicalEntity> found = entities.stream().filter(e -> e.name().equals(name)).toList();
    assertEquals(1, found.size(), () -> name + " once in " + entities);
    return found.get(0);
  }
}
