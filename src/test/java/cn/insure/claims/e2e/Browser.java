package cn.insure.claims.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium window of one person. Debian's Chromium and chromedriver only: the driver
 * executable is given explicitly, so Selenium Manager never runs and nothing is downloaded. Missing
 * binaries fail the test (they are part of the suite's contract, see README "Browser tests").
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
  /** Browser and webapp language; selectors that depend on it are in {@link WebappText}. */
  static final String LANGUAGE = System.getProperty("e2e.lang", "en-US");
  static final Duration TIMEOUT = Duration.ofSeconds(45);

  final String actor;
  final ChromeDriver driver;
  private final Path profile;

  private Browser(String actor, ChromeDriver driver, Path profile) {
    this.actor = actor;
    this.driver = driver;
    this.profile = profile;
  }

  static void assertInstalled() {
    for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
      File file = new File(binary);
      assertTrue(file.isFile() && file.canExecute(), binary + " is missing: the browser tests need Debian's Chromium "
          + "and its driver (apt-get install -y chromium chromium-driver fonts-wqy-microhei)");
    }
  }

  static Browser open(String actor) {
    assertInstalled();
    Path profile;
    try {
      profile = Files.createTempDirectory("e2e-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + LANGUAGE,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", LANGUAGE));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    return new Browser(actor, driver, profile);
  }

  <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200)).until(condition);
  }

  WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return until(ExpectedConditions.elementToBeClickable(by));
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void pageSource(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
