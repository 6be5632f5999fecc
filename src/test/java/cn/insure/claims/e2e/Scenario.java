package cn.insure.claims.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One scenario's screenshots: {@code target/e2e-screenshots/<nn-scenario>/<nn-step>.png}, numbered
 * in the order the steps happened, whichever person's window they show. On failure every open
 * window leaves a screenshot and its page source in the same folder.
 */
final class Scenario implements AutoCloseable {

  static final Path ROOT = Path.of("target", "e2e-screenshots");

  final Path folder;
  private final List<Browser> browsers = new ArrayList<>();
  private int step;

  Scenario(String name) {
    folder = ROOT.resolve(name);
    try {
      if (Files.exists(folder)) {
        try (var files = Files.walk(folder)) {
          files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
      }
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Browser browser(String actor) {
    Browser browser = Browser.open(actor);
    browsers.add(browser);
    return browser;
  }

  /** Saves what {@code browser} shows now as the next step. */
  Path step(Browser browser, String name) {
    Path file = folder.resolve(String.format("%02d-%s.png", ++step, name));
    browser.screenshot(file);
    return file;
  }

  void failed() {
    for (Browser browser : browsers) {
      String name = String.format("%02d-FAILED-%s", ++step, browser.actor);
      try {
        browser.screenshot(folder.resolve(name + ".png"));
        browser.pageSource(folder.resolve(name + ".html"));
      } catch (RuntimeException e) {
        // a window that is gone cannot be captured; the other windows still are
      }
    }
  }

  @Override
  public void close() {
    for (Browser browser : browsers) {
      try {
        browser.close();
      } catch (RuntimeException ignored) {
        // closing the next window matters more
      }
    }
    browsers.clear();
  }
}
