package org.ecrf.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.ecrf.testing.Browser;
import org.ecrf.testing.ItDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A study nurse's first minute, in a real browser: sign in, see the home page with her site, sign
 * out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInPageIT {

  @ArquillianResource private URL deployment;

  private WebDriver browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ItDeployments.builtWar();
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void investigatorSignsInSeesHomePageWithHerSiteAndSignsOut() {
    browser.get(deployment.toString());
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertThat(browser.getCurrentUrl()).contains("login.xhtml");

    browser.findElement(By.id("login:username")).sendKeys("inv.pot");
    browser.findElement(By.id("login:password")).sendKeys("topit-demo-2026");
    browser.findElement(By.id("login:signIn")).click();

    Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    assertThat(browser.findElement(By.id("welcome")).getText())
        .contains("Dr. Paul Pohl (demo)")
        .contains("Investigator");
    assertThat(browser.findElement(By.id("sites")).getText()).contains("POT").doesNotContain("BER");
    assertThat(browser.findElement(By.id("nav:account")).getText())
        .isEqualTo("Dr. Paul Pohl (demo)");

    browser.findElement(By.id("nav:signOut")).click();
    Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertThat(browser.getPageSource()).contains("You have signed out.");

    browser.get(deployment.toString());
    Browser.waitFor(browser).until(ExpectedConditions.urlContains("login.xhtml"));
  }

  @Test
  void wrongPasswordShowsAClearMessageAndStaysOnTheLoginPage() {
    browser.get(deployment + "login.xhtml");
    browser.findElement(By.id("login:username")).sendKeys("nurse.pot");
    browser.findElement(By.id("login:password")).sendKeys("not-the-password");
    browser.findElement(By.id("login:signIn")).click();

    Browser.waitFor(browser)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("login"), "not correct"));
    assertThat(browser.getCurrentUrl()).contains("login.xhtml");
  }
}
