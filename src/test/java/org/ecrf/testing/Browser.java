package org.ecrf.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver, offline: no driver download, no
 * background network traffic, a fresh profile under the build directory.
 */
public final class Browser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  public static WebDriver start() {
    for (Path required : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(required)) {
        throw new IllegalStateException(
            required
                + " is missing: browser tests need Debian's chromium and chromium-driver packages"
                + " (apt-get install chromium chromium-driver)");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=en",
        "--user-data-dir=" + freshProfile());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  /** Signs a demo user in through the sign-in page and waits for the home page. */
  public static void signIn(WebDriver driver, URL deployment, String user) {
    driver.get(deployment + "login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys(user);
    driver.findElement(By.id("login:password")).sendKeys(ApiClient.DEMO_PASSWORD);
    driver.findElement(By.id("login:signIn")).click();
    waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
  }

  public static WebDriverWait waitFor(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static String freshProfile() {
    try {
      File base = new File(System.getProperty("java.io.tmpdir"));
      return Files.createTempDirectory(base.toPath(), "chromium-profile").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
