package cn.insure.claims.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist 7.24 as a person uses it. Elements are found by Tasklist's CSS classes and
 * Angular attributes ({@code ng-click="claim()"}) and by the names of our own filters, processes and
 * tasks (Chinese and English, independent of the browser language), never by Tasklist's own words,
 * so the tests do not depend on the webapps' translation.
 */
final class Tasklist {

  private final Browser browser;
  private final String baseUrl;

  Tasklist(Browser browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  static Tasklist login(Browser browser, String baseUrl, String user) {
    Login.login(browser, baseUrl + "/camunda/app/tasklist/default/", user);
    Tasklist tasklist = new Tasklist(browser, baseUrl);
    browser.visible(By.cssSelector("div.task-filter h4.name a"));
    return tasklist;
  }

  /** Clicks a filter in the left column by its name (TasklistFilters). */
  Tasklist filter(String name) {
    browser.clickable(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.),"
        + xpathLiteral(name) + ")]")).click();
    browser.until(ExpectedConditions.attributeContains(
        By.xpath("//div[contains(@class,'task-filter')][.//a[contains(normalize-space(.)," + xpathLiteral(name) + ")]]"),
        "class", "active"));
    return this;
  }

  /**
   * Searches the current filter's tasks by a process variable (the filters show claimNumber,
   * complaintNumber, policyNumber): the same search the search box builds ("Process Variable",
   * name, "=", value), put into the address as Tasklist keeps it, so the search pill shows.
   */
  Tasklist searchByVariable(String name, String value) {
    String query = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + value + "\",\"name\":\"" + name
        + "\"}]";
    String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    browser.script("var h = location.hash.replace(/([?&])searchQuery=[^&]*/, '$1searchQuery=' + arguments[0]);"
        + "if (h.indexOf('searchQuery=') < 0) { h = h + (h.indexOf('?') < 0 ? '?' : '&') + 'searchQuery=' + arguments[0]; }"
        + "location.hash = h;", encoded);
    browser.visible(By.xpath("//*[contains(@class,'search-label') or contains(@class,'search-container')]"
        + "//*[contains(normalize-space(.)," + xpathLiteral(value) + ")]"));
    return this;
  }

  /** The task entries of the list in the middle column, each as its text. */
  List<String> taskEntries() {
    return browser.driver.findElements(By.cssSelector("ol.tasks-list > li, .tasks-list ol > li")).stream()
        .map(WebElement::getText).toList();
  }

  /** Waits until the list shows a task whose name contains {@code text}, and returns its entry. */
  WebElement taskInList(String text) {
    return browser.visible(taskLink(text));
  }

  /**
   * Waits until the list has loaded and shows no task whose name contains {@code text} (after a
   * completion Tasklist reloads the list; a task that stays in it fails the test).
   */
  void assertNotInList(String text) {
    browser.until(driver -> driver.findElements(By.cssSelector(".tasks-list .loader")).stream()
        .noneMatch(WebElement::isDisplayed)
        && (driver.findElements(By.cssSelector(".tasks-list .well")).stream().anyMatch(WebElement::isDisplayed)
            || !driver.findElements(By.cssSelector(".tasks-list li h4 a")).isEmpty())
        && driver.findElements(taskLink(text)).isEmpty());
  }

  private static By taskLink(String text) {
    return By.xpath("//*[contains(@class,'tasks-list')]//li//h4//a[contains(normalize-space(.)," + xpathLiteral(text) + ")]");
  }

  /** Opens a task from the list; its form shows, read-only until the task is claimed. */
  TaskForm open(String text) {
    taskInList(text).click();
    browser.visible(By.xpath("//h2[contains(normalize-space(.)," + xpathLiteral(text) + ")]"));
    browser.visible(By.cssSelector(".fjs-container"));
    return new TaskForm(browser);
  }

  /** Reloads the page: Tasklist does not refresh its list after a process is started from the dialog. */
  Tasklist reload() {
    browser.driver.navigate().refresh();
    browser.visible(By.cssSelector("div.task-filter h4.name a"));
    return this;
  }

  /** Opens "Start process", picks the process by its name and waits for its start form. */
  TaskForm startProcess(String processName) {
    browser.clickable(By.cssSelector("li.start-process-action a")).click();
    browser.clickable(By.xpath("//ul[contains(@class,'processes')]//a[contains(normalize-space(.),"
        + xpathLiteral(processName) + ")]")).click();
    browser.visible(By.cssSelector(".modal-dialog .fjs-container"));
    return new TaskForm(browser);
  }

  /** Clicks the start button of the start-process dialog and waits for the dialog to close. */
  void submitStartForm() {
    browser.clickable(By.cssSelector("button[ng-click='startProcessInstance()']")).click();
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
  }

  static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "',\"'\",'") + "')";
  }
}
