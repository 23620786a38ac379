package cn.huzhu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.huzhu.domain.account.CaptchaChallenge;
import cn.huzhu.domain.common.KeyRing;

/**
 * Debian's headless Chromium driven through chromedriver, with helpers for Element Plus widgets. Screenshots go to
 * target/screenshots. Without Chromium the browser tests are skipped locally, but fail on CI (CI=true).
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final Path downloads;
    private final String name;
    private int shot;
    /** Where the app is served; a preview opened from it (a PDF from S3) asks its own origin for a favicon. */
    private String appOrigin = "";
    private final java.util.List<String> consoleErrors = new java.util.ArrayList<>();

    private Browser(String name) throws IOException {
        this.name = name;
        this.profile = Files.createTempDirectory("chromium-profile-");
        this.downloads = emptied(Paths.get("target", "downloads", name).toAbsolutePath());
        forgetScreenshots(name);
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        options.setBinary(CHROMIUM.toFile());
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1366,768", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        // a re-render replaces elements while a condition looks at them: look again rather than fail
        this.wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A download folder without an earlier run's files, which could pass for this run's (same name, other port). */
    private static Path emptied(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(folder)).forEach(path -> path.toFile().delete());
            }
        }
        return Files.createDirectories(folder);
    }

    /** An earlier run's screenshots of this name, numbered alike, would mix with this run's. */
    private static void forgetScreenshots(String name) throws IOException {
        if (Files.isDirectory(SCREENSHOTS)) {
            try (Stream<Path> files = Files.list(SCREENSHOTS)) {
                files.filter(file -> file.getFileName().toString().startsWith(name + "-")).forEach(file -> file.toFile().delete());
            }
        }
    }

    public static Browser open(String name) {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!available) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium is missing: .ci/run installs chromium and chromium-driver");
            }
            Assumptions.abort("Debian's chromium and chromium-driver are not installed");
        }
        System.setProperty("SE_OFFLINE", "true");
        try {
            return new Browser(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    /** The first shown element with this test id (tables also render hidden copies of their cells). */
    public WebElement find(String testId) {
        return wait.until(d -> d.findElements(byTest(testId)).stream().filter(Browser::shown).findFirst().orElse(null));
    }

    /** The shown elements with this test id, in page order. */
    public List<WebElement> all(String testId) {
        return driver.findElements(byTest(testId)).stream().filter(Browser::shown).toList();
    }

    /** Whether the element is on screen; one the page removed meanwhile (a closing dialog) is not. */
    private static boolean shown(WebElement element) {
        try {
            return element.isDisplayed();
        } catch (org.openqa.selenium.StaleElementReferenceException removed) {
            return false;
        }
    }

    public static By byTest(String testId) {
        return By.cssSelector("[data-test='" + testId + "']");
    }

    public void click(String testId) {
        WebElement element = find(testId);
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public void click(WebElement element) {
        scrollTo(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public void type(String testId, String text) {
        WebElement field = find(testId);
        WebElement input = field.getTagName().equals("input") || field.getTagName().equals("textarea") ? field
                : field.findElement(By.cssSelector("input, textarea"));
        // clear() alone leaves Vue's model as it was: select everything and type over it, as a person does
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
    }

    /** Picks an option of an Element Plus select by its visible text. */
    public void choose(String selectTestId, String optionText) {
        click(selectTestId);
        By option = By.xpath("//li[contains(@class,'el-select-dropdown__item') and not(contains(@class,'is-disabled'))]"
                + "[.//*[contains(normalize-space(.),'" + optionText + "')] or contains(normalize-space(.),'" + optionText + "')]");
        // several selects of one form offer the same option: the open dropdown is the shown one added last, once the
        // one closed before it has faded out (until then its options still count as shown)
        waitForAnimationsToSettle();
        WebElement shown = wait.until(d -> d.findElements(option).stream().filter(WebElement::isDisplayed)
                .reduce((first, second) -> second).orElse(null));
        waitForAnimationsToSettle();
        // a long list scrolls inside its dropdown: bring the option into view there before clicking it
        click(shown);
    }

    /** Clicks a button found by its text inside the visible dialog or message box. */
    public void clickButton(String text) {
        By button = By.xpath("//button[not(@disabled)][.//span[normalize-space(.)='" + text + "'] or normalize-space(.)='" + text + "']");
        WebElement element = wait.until(driver -> driver.findElements(button).stream().filter(WebElement::isDisplayed)
                .reduce((first, second) -> second).orElse(null));
        // a message box fades in over the page: clicking before it has settled lands on what is beneath
        waitForAnimationsToSettle();
        click(element);
    }

    /** Waits for a downloaded file whose name contains the text, and returns it once complete. */
    public Path downloaded(String nameContains, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(downloads)) {
                java.util.Optional<Path> done = files.filter(f -> f.getFileName().toString().contains(nameContains)
                        && !f.getFileName().toString().endsWith(".crdownload")).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no download containing " + nameContains + " in " + downloads);
    }

    /** Types into an Element Plus number input and leaves it, so its change is saved. */
    public void typeNumber(String testId, int value) {
        WebElement input = find(testId).findElement(By.cssSelector("input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), Integer.toString(value),
                org.openqa.selenium.Keys.TAB);
    }

    /** Chooses a file in an upload control: the element itself when it is a file input, else the one inside it. */
    public void uploadFile(String inputTestId, Path file) {
        WebElement control = wait.until(d -> d.findElements(byTest(inputTestId)).stream().findFirst().orElse(null));
        WebElement input = "input".equals(control.getTagName()) ? control : control.findElement(By.cssSelector("input[type=file]"));
        // a click on the upload button empties the input first, so the same file chosen again is a change again
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Opens a page through the guide's navigation: a top menu, then an item of its left sub-menu. */
    public void menu(String topKey, String itemTestId) {
        click("top-" + topKey);
        click(itemTestId);
    }

    /**
     * The page's console errors so far: script errors, CSP violations, failed loads. A refusal the API answered on
     * purpose (a 4xx the page shows to the user) is not one, nor a favicon a preview tab asks of another origin.
     */
    public List<String> consoleErrors() {
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> !message.matches("(?s).*/api/.*status of 4\\d\\d.*"))
                .filter(message -> !(message.contains("/favicon.ico ") && !message.startsWith(appOrigin)))
                .forEach(consoleErrors::add);
        return List.copyOf(consoleErrors);
    }

    public void assertNoConsoleErrors() {
        org.assertj.core.api.Assertions.assertThat(consoleErrors()).as("console errors of %s", name).isEmpty();
    }

    /**
     * Every header of every shown table lies inside both its table and the window: a column pushed past the right
     * edge is one a user at 1366 px never learns exists. Returns the tables looked at, so a caller can check that the
     * ones it meant were there.
     */
    public int assertTablesFit(String where) {
        waitForAnimationsToSettle();
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const cut = [];
                let tables = 0;
                document.querySelectorAll('.el-table').forEach((table) => {
                  if (!table.offsetParent) return;
                  tables++;
                  const edge = Math.min(window.innerWidth, table.getBoundingClientRect().right);
                  table.querySelectorAll('thead th').forEach((th) => {
                    if (th.offsetParent && th.getBoundingClientRect().right > edge + 1) {
                      cut.push((table.dataset.test || 'table') + ': ' + th.innerText.trim());
                    }
                  });
                });
                cut.push('#' + tables);
                return cut;""");
        int tables = Integer.parseInt(cut.get(cut.size() - 1).substring(1));
        org.assertj.core.api.Assertions.assertThat(cut.subList(0, cut.size() - 1))
                .as("headers past the right edge at %d px on %s", windowWidth(), where).isEmpty();
        return tables;
    }

    /** A drawer still sliding in from the right has its last columns past the edge until it lands. */
    private void waitForAnimationsToSettle() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.getAnimations().every((a) => a.playState !== 'running'"
                + " || a.effect.getTiming().iterations === Infinity);"));
    }

    private long windowWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
    }

    public void waitForText(String testId, String text) {
        wait.until(d -> d.findElements(byTest(testId)).stream()
                .anyMatch(element -> shown(element) && element.getText().contains(text)));
    }

    public void waitForText(String text, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Logs in through the login page, reading the captcha as a person would (here: with the server's secret). */
    public void login(String url, String username, String password, KeyRing tokenKeys) {
        appOrigin = url;
        go(url + "/#/login");
        WebElement image = find("captcha-image");
        wait.until(d -> !image.getAttribute("data-captcha-id").isEmpty());
        String answer = new CaptchaChallenge(tokenKeys, Duration.ofMinutes(5))
                .answerOf(image.getAttribute("data-captcha-id"), Instant.now()).orElseThrow();
        type("username", username);
        type("password", password);
        type("captcha", answer);
        screenshot("login");
        click("login");
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Step ①: one plan chosen through the picker, waited for in the plan rows. */
    public void addPlan(String activity, String plan) {
        click("add-plan");
        choose("pick-activity", activity);
        choose("pick-plan", plan);
        click("pick-confirm");
        waitForText("plan-rows", plan);
    }

    /** Step ②: a roster sent from the open upload dialog, waited for until its batch shows 导入完成. */
    public void uploadRoster(Path roster) {
        uploadFile("roster-file", roster);
        click("upload-start");
        waitUntil(d -> all("batch-status").stream().anyMatch(e -> e.getText().equals("导入完成")), Duration.ofSeconds(60));
    }

    public Path screenshot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", name, ++shot, step));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    }

    /** The page as it was when the test ended, passed or not: the screenshot to look at when it did not. */
    @Override
    public void close() {
        try {
            screenshot("last");
        } catch (RuntimeException ignored) {
            // a dead browser has nothing to show
        }
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // the profile lives in the temp folder; leaving it is harmless
            }
        }
    }
}
