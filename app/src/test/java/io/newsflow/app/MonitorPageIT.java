package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.monitor.web.MonitorHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The monitor's web page in a real headless Chromium (Debian's chromium and chromium-driver,
 * installed by .ci/run) while pages flow through a real pipeline: the charts fill, the dead-letter
 * table names the reasons, the browser logs no error. Saves target/monitor-page.png.
 */
class MonitorPageIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path work;

  @Test
  void thePageShowsChartsDeadLettersAndSitesLiveWithoutErrors() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromium-driver are not installed (.ci/run installs them)");
    try (FlowingPipeline p = new FlowingPipeline(work);
        MonitorHttpServer http = new MonitorHttpServer(p.monitor, "127.0.0.1", 0)) {
      AtomicBoolean flowing = new AtomicBoolean(true);
      Thread traffic =
          new Thread(
              () -> {
                try {
                  for (int n = 0; flowing.get(); n++) {
                    if (n % 3 == 2) {
                      p.sendBad();
                    } else {
                      p.sendGood();
                    }
                    Thread.sleep(250);
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              },
              "traffic");
      traffic.start();
      ChromeDriver browser = chromium(work.resolve("chromium-profile"));
      try {
        browser.manage().window().setSize(new Dimension(1400, 1900));
        browser.get(http.uri().toString());
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(90))
            .pollingEvery(Duration.ofMillis(500))
            .until(
                d -> {
                  @SuppressWarnings("unchecked")
                  Map<String, Long> points =
                      (Map<String, Long>)
                          js.executeScript("return window.newsflowMonitor.points()");
                  String deadLetters = d.findElement(By.id("dead-letters")).getText();
                  return points.values().stream().allMatch(n -> n >= 5)
                      && deadLetters.contains("not_html")
                      && deadLetters.contains("empty_after_extraction")
                      && d.findElement(By.id("health")).getText().contains("daily.example");
                });
        Thread.sleep(1500); // one more refresh, so the screenshot shows a settled page
        long canvases =
            (Long) js.executeScript("return document.querySelectorAll('.uplot canvas').length");
        assertEquals(3, canvases, "three charts drawn");
        String health = browser.findElement(By.id("health")).getText();
        for (String site : FlowingPipeline.SITES) {
          assertTrue(health.contains(site), health);
        }
        assertTrue(
            browser.findElement(By.id("dead-letters")).getText().contains("https://"),
            "examples with URLs");
        Path shot = Path.of("target", "monitor-page.png");
        Files.createDirectories(shot.getParent());
        Files.copy(
            ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
            shot,
            StandardCopyOption.REPLACE_EXISTING);
        List<LogEntry> errors =
            browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertEquals(List.of(), errors, "the browser's console");
      } finally {
        flowing.set(false);
        traffic.join(10_000);
        browser.quit();
      }
    }
  }

  static ChromeDriver chromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }
}
