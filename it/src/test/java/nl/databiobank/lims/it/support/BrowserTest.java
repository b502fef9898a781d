package nl.databiobank.lims.it.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A test that drives the application in the system's headless Chromium, one browser per test class, with
 * waits in the style of OmniFaces' test suite: {@link #guardHttp}, {@link #guardAjax}, never a sleep.
 * Without Chromium the tests are skipped, unless LIMS_REQUIRE_BROWSER=true (environment variable or system
 * property; CI sets it), then they fail.
 */
@OnPayara
public abstract class BrowserTest {

    /** Debian's paths; -Dlims.it.chromium=... and -Dlims.it.chromedriver=... for elsewhere. */
    private static final Path CHROMIUM = Path.of(System.getProperty("lims.it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("lims.it.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(BrowserTest.class.getName());

    protected static WebDriver browser;

    /** Why the browser tests are skipped, or null when the browser is there. */
    private static String browserMissing;

    @BeforeAll
    static void startBrowser() throws IOException {
        browserMissing = missingBrowser();
        if (browserMissing != null) {
            if (browserRequired()) {
                fail(browserMissing + ", and LIMS_REQUIRE_BROWSER=true");
            }
            LOG.warning(() -> browserMissing + ": " + skippedBecause());
            return;
        }
        Path work = Lims.workDir().resolve("browser");
        Path profile = Directories.recreate(work.resolve("profile"));
        // Given explicitly, so that Selenium Manager never runs (it would try to download a driver).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingPort(Lims.chromedriverPort())
                .withLogFile(work.resolve("chromedriver.log").toFile())
                .withEnvironment(Map.of(
                        "XDG_CONFIG_HOME", Files.createDirectories(work.resolve("xdg/config")).toString(),
                        "XDG_CACHE_HOME", Files.createDirectories(work.resolve("xdg/cache")).toString(),
                        "XDG_DATA_HOME", Files.createDirectories(work.resolve("xdg/data")).toString(),
                        "XDG_STATE_HOME", Files.createDirectories(work.resolve("xdg/state")).toString(),
                        "LANGUAGE", "en"))
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                // No network but loopback here: without the background-networking flags Chromium keeps
                // trying to reach Google's hosts.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-quic", "--no-first-run", "--window-size=1280,1024", "--lang=en-US",
                        "--user-data-dir=" + profile)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Every test starts logged out, whatever the test before it did. */
    @BeforeEach
    void forgetSession() {
        // Per test rather than for the class, so that the report counts the tests as skipped.
        Assumptions.assumeTrue(browserMissing == null, () -> browserMissing + ": " + skippedBecause());
        browser.manage().deleteAllCookies();
    }

    private static String missingBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return null;
        }
        return "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
    }

    private static String skippedBecause() {
        return "skipped. Set LIMS_REQUIRE_BROWSER=true to make this a failure.";
    }

    private static boolean browserRequired() {
        return Boolean.parseBoolean(System.getProperty("LIMS_REQUIRE_BROWSER"))
                || Boolean.parseBoolean(System.getenv("LIMS_REQUIRE_BROWSER"));
    }

    // ---- navigation and waiting ----

    protected static void open(String path) {
        guardHttp(() -> browser.get(Lims.url(path).toString()));
    }

    /** Runs an action that loads a new page (a link, a non-ajax submit, an ajax submit that redirects). */
    protected static void guardHttp(Runnable action) {
        String page = markCurrentPage();
        action.run();
        waitUntil(driver -> !page.equals(script("return window.$limsPage || ''"))
                && "complete".equals(script("return document.readyState")) && ajaxIdle());
    }

    /** Runs an action that sends a Faces or PrimeFaces ajax request, and waits until its update is done. */
    protected static void guardAjax(Runnable action) {
        markCurrentPage();
        long completed = ajaxCompleted();
        action.run();
        waitUntil(driver -> ajaxCompleted() > completed && ajaxIdle());
    }

    /** For an action that may answer with a new page or with an ajax update (a form whose kind is not ours to know). */
    protected static void guardPageOrAjax(Runnable action) {
        String page = markCurrentPage();
        long completed = ajaxCompleted();
        action.run();
        waitUntil(driver -> {
            boolean newPage = !page.equals(script("return window.$limsPage || ''"));
            boolean ready = "complete".equals(script("return document.readyState")) && ajaxIdle();
            return ready && (newPage || ajaxCompleted() > completed);
        });
    }

    protected static void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, TIMEOUT)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .ignoring(JavascriptException.class)
                .until(condition);
    }

    /**
     * Names the current document and counts the ajax requests completed on it; a new document has neither.
     * pfAjaxComplete is PrimeFaces' event, faces.ajax.addOnEvent the one of plain f:ajax.
     */
    private static String markCurrentPage() {
        String page = UUID.randomUUID().toString();
        script("""
                window.$limsPage = arguments[0];
                if (!window.$limsAjaxHooked) {
                    window.$limsAjaxHooked = true;
                    window.$limsAjaxCompleted = 0;
                    if (window.jQuery) {
                        jQuery(document).on('pfAjaxComplete', function () { window.$limsAjaxCompleted++; });
                    }
                    if (window.faces && faces.ajax) {
                        faces.ajax.addOnEvent(function (data) {
                            if (data.status === 'success') { window.$limsAjaxCompleted++; }
                        });
                    }
                }""", page);
        return page;
    }

    private static long ajaxCompleted() {
        Object completed = script("return window.$limsAjaxCompleted || 0");
        return ((Number) completed).longValue();
    }

    private static boolean ajaxIdle() {
        return Boolean.TRUE.equals(script("""
                return (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())
                    && (!window.jQuery || jQuery.active === 0);"""));
    }

    private static Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    // ---- reading and typing ----

    protected static WebElement element(String id) {
        return browser.findElement(By.id(id));
    }

    protected static boolean exists(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    protected static String text(String id) {
        return element(id).getText().trim();
    }

    protected static void type(String id, String value) {
        WebElement input = element(id);
        input.clear();
        input.sendKeys(value);
    }

    protected static void click(String id) {
        element(id).click();
    }

    protected static String currentPath() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
