package cn.insure.claims.e2e;

import org.openqa.selenium.By;

/** The login page the Camunda webapps share (demo users: password = user id). */
final class Login {

  private Login() {
  }

  static void login(Browser browser, String appUrl, String user) {
    browser.driver.get(appUrl);
    // The login page may still be rendered again by Angular while typing: type until both fields hold it.
    browser.until(driver -> {
      var name = driver.findElement(By.cssSelector("input[type='text']"));
      var password = driver.findElement(By.cssSelector("input[type='password']"));
      if (!user.equals(name.getDomProperty("value"))) {
        name.clear();
        name.sendKeys(user);
      }
      if (!user.equals(password.getDomProperty("value"))) {
        password.clear();
        password.sendKeys(user);
      }
      return user.equals(name.getDomProperty("value")) && user.equals(password.getDomProperty("value"));
    });
    browser.clickable(By.cssSelector("button[type='submit']")).click();
  }

  /** After a refused login the webapp stays on its login page and shows an error notification. */
  static boolean refused(Browser browser) {
    browser.visible(By.cssSelector(".notifications .alert-danger, .notifications .alert-error, .page-notifications .alert"));
    return browser.driver.getCurrentUrl().contains("#/login")
        && !browser.driver.findElements(By.cssSelector("input[type='password']")).isEmpty();
  }
}
