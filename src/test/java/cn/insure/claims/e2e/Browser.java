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
  static final String LANGUAGE = System.getProperty("e2e.lang", "zh-CN");
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
    WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200));
    // Angular and form-js re-render parts of the page: an element found a moment ago may be gone.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait.until(condition);
  }

  WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Scrolls an element to the middle of the window (clear of the header and footer) and clicks it. */
  void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /**
   * Closes the notifications Tasklist and Cockpit show at the bottom right ("The task has been
   * claimed", a refused submission): they stay and cover the buttons below them.
   */
  void dismissNotifications() {
    for (WebElement close : driver.findElements(By.cssSelector(".page-notifications .alert button.close, "
        + ".notifications .alert button.close"))) {
      if (close.isDisplayed()) {
        try {
          close.click();
        } catch (org.openqa.selenium.WebDriverException ignored) {
          // already gone
        }
      }
    }
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
