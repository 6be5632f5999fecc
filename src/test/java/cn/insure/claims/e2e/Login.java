package cn.insure.claims.e2e;

import org.openqa.selenium.By;

/** The login page the Camunda webapps share (demo users: password = user id). */
final class Login {

  private Login() {
  }

  static void login(Browser browser, String appUrl, String user) {
    browser.driver.get(appUrl);
    browser.visible(By.cssSelector("input[type='password']"));
    browser.driver.findElement(By.cssSelector("input[type='text']")).sendKeys(user);
    browser.driver.findElement(By.cssSelector("input[type='password']")).sendKeys(user);
    browser.clickable(By.cssSelector("button[type='submit']")).click();
  }

  /** After a refused login the webapp stays on its login page and shows an error notification. */
  static boolean refused(Browser browser) {
    browser.visible(By.cssSelector(".notifications .alert-danger, .notifications .alert-error, .page-notifications .alert"));
    return browser.driver.getCurrentUrl().contains("#/login")
        && !browser.driver.findElements(By.cssSelector("input[type='password']")).isEmpty();
  }
}
