package cn.insure.claims.e2e;

import static cn.insure.claims.e2e.Tasklist.xpathLiteral;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Cockpit 7.24 for claims managers: the dashboard, a process instance with its incidents,
 * and the retry of a failed job. Found by Cockpit's Angular attributes, not its words.
 */
final class Cockpit {

  private final Browser browser;
  private final String baseUrl;

  private Cockpit(Browser browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  static String url(String baseUrl) {
    return baseUrl + "/camunda/app/cockpit/default/";
  }

  static Cockpit login(Browser browser, String baseUrl, String user) {
    Login.login(browser, url(baseUrl), user);
    browser.until(driver -> !driver.getCurrentUrl().contains("#/login")
        && !driver.findElements(By.cssSelector("[cam-widget-header], .dashboard, [ng-controller*='Dashboard']")).isEmpty());
    browser.visible(By.cssSelector(".dashboard, .dashboard-row, [cam-dashboard], section"));
    return new Cockpit(browser, baseUrl);
  }

  /** The process instance page, its incidents tab open; waits for the incident row. */
  Cockpit processInstanceIncidents(String processInstanceId, String incidentText) {
    browser.driver.get(url(baseUrl) + "#/process-instance/" + processInstanceId + "/runtime?tab=incidents-tab");
    browser.visible(By.xpath("//tr[.//a[@ng-click='openJobRetryDialog(incident)']]//*[contains(normalize-space(.),"
        + xpathLiteral(incidentText) + ")]"));
    return this;
  }

  /** Whether the page shows {@code text} (e.g. the claim number as the business key). */
  boolean shows(String text) {
    return !browser.driver.findElements(By.xpath("//*[contains(normalize-space(text())," + xpathLiteral(text) + ")]"))
        .isEmpty();
  }

  /** Opens the retry dialog of the (only) failed job incident. */
  Cockpit openRetryDialog() {
    browser.clickable(By.cssSelector("a[ng-click='openJobRetryDialog(incident)']")).click();
    browser.visible(By.cssSelector("button[ng-click='incrementRetry()']"));
    return this;
  }

  /** Clicks Retry in the dialog and waits until Cockpit reports it done. */
  Cockpit retry() {
    browser.clickable(By.cssSelector("button[ng-click='incrementRetry()']")).click();
    displayedClose();
    return this;
  }

  /** The dialog has two close buttons, one shown before and one after the retry. */
  private WebElement displayedClose() {
    return browser.until(driver -> driver.findElements(By.cssSelector("button[ng-click='close(status)']")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  void closeDialog() {
    displayedClose().click();
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
  }
}
