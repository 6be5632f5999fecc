package cn.insure.claims.e2e;

import static cn.insure.claims.e2e.Tasklist.xpathLiteral;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda Form (form-js) rendered by Tasklist, a task form or a start form. Fields are found by
 * their labels, which our forms give in Chinese and English ("核定金额 Assessed amount (CNY)"): any
 * part of the label will do.
 */
final class TaskForm {

  private final Browser browser;

  TaskForm(Browser browser) {
    this.browser = browser;
  }

  private WebElement label(String label) {
    return browser.visible(By.xpath("//label[contains(@class,'fjs-form-field-label') and contains(normalize-space(.),"
        + xpathLiteral(label) + ")]"));
  }

  /** The form-js field around a label (the nearest one: groups are fields too). */
  private WebElement container(String label) {
    return label(label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
  }

  /** The input a label is for, else the first input of its field. */
  private WebElement input(String label) {
    WebElement element = label(label);
    String id = element.getDomAttribute("for");
    if (id != null && !id.isBlank()) {
      return browser.driver.findElement(By.id(id));
    }
    return container(label).findElement(By.cssSelector("input, textarea"));
  }

  /** What a field shows: the text of an input or text area, the chosen option of a select. */
  String value(String label) {
    WebElement container = container(label);
    List<WebElement> display = container.findElements(By.cssSelector(".fjs-select-display"));
    if (!display.isEmpty()) {
      return display.get(0).getText().trim();
    }
    String value = input(label).getDomProperty("value");
    return value == null ? "" : value;
  }

  boolean editable(String label) {
    WebElement input = input(label);
    return input.isEnabled() && input.getDomAttribute("readonly") == null;
  }

  /** Waits until the form is rendered again and {@code label} can be edited (after a claim). */
  TaskForm waitEditable(String label) {
    browser.until(driver -> {
      try {
        return editable(label);
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return false;
      }
    });
    return this;
  }

  TaskForm type(String label, String text) {
    WebElement input = input(label);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
    return this;
  }

  /** A date field (form-js date picker): typed in the picker's format (mm/dd/yyyy), then left. */
  TaskForm date(String label, java.time.LocalDate date) {
    WebElement input = input(label);
    browser.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(String.format("%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
    // Tab leaves the field: the picker takes the typed date and closes (Escape would close the
    // start dialog, Enter would submit it).
    input.sendKeys(Keys.TAB);
    return this;
  }

  /** A radio group: clicks the option whose label contains {@code option}. */
  TaskForm choose(String label, String option) {
    browser.click(container(label).findElement(By.xpath(".//label[contains(normalize-space(.)," + xpathLiteral(option)
        + ")]/input")));
    return this;
  }

  /** A select: opens it and clicks the option whose text contains {@code option}. */
  TaskForm select(String label, String option) {
    WebElement container = container(label);
    browser.click(container.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")));
    browser.click(browser.visible(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and contains(normalize-space(.),"
        + xpathLiteral(option) + ")]")));
    browser.until(driver -> value(label).contains(option));
    return this;
  }

  /** A checkbox (its own label) or one entry of a checklist: ticks it unless it is ticked. */
  TaskForm tick(String label) {
    WebElement box = checkbox(label);
    if (!box.isSelected()) {
      browser.click(box);
    }
    return this;
  }

  /** A checkbox (its own label): clears it if it is ticked. */
  TaskForm untick(String label) {
    WebElement box = checkbox(label);
    if (box.isSelected()) {
      browser.click(box);
    }
    return this;
  }

  private WebElement checkbox(String label) {
    return browser.visible(By.xpath("//label[contains(normalize-space(.)," + xpathLiteral(label)
        + ")]//input[@type='checkbox'] | //label[contains(normalize-space(.)," + xpathLiteral(label)
        + ")]/preceding-sibling::input[@type='checkbox'] | //input[@type='checkbox'][@id=//label[contains(normalize-space(.),"
        + xpathLiteral(label) + ")]/@for]"));
  }

  /** Clicks Complete (a task form). */
  void complete() {
    browser.dismissNotifications();
    browser.click(browser.visible(By.cssSelector("button[ng-click='complete()']")));
  }

  /** The validation errors form-js shows next to the fields. */
  List<String> errors() {
    return browser.driver.findElements(By.cssSelector(".fjs-form-field-error")).stream().filter(WebElement::isDisplayed)
        .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
  }

  /** Waits until form-js marks {@code label} invalid and shows its error. */
  String waitError(String label) {
    return browser.until(driver -> {
      List<WebElement> errors = container(label).findElements(By.cssSelector(".fjs-form-field-error"));
      return errors.stream().map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null);
    });
  }

  /** Whether Complete can be clicked: not before the task is claimed. */
  boolean completeEnabled() {
    return browser.visible(By.cssSelector("button[ng-click='complete()']")).isEnabled();
  }

  /**
   * Clicks the Claim button of the open task. Tasklist then renders the form again, editable:
   * waits for that before anything is typed (what is typed into the old form would be lost).
   */
  TaskForm claim(String editableLabel) {
    WebElement before = input(editableLabel);
    browser.click(browser.visible(By.cssSelector("button[ng-click='claim()']")));
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[ng-click='claim()']")));
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(5))
          .until(ExpectedConditions.stalenessOf(before));
    } catch (org.openqa.selenium.TimeoutException e) {
      // rendered in place: the same elements are now enabled
    }
    browser.until(driver -> completeEnabled());
    return waitEditable(editableLabel);
  }

  /** Scrolls the form so that {@code label} is in view (for the screenshot). */
  TaskForm scrollTo(String label) {
    browser.script("arguments[0].scrollIntoView({block: 'center'});", container(label));
    return this;
  }
}
