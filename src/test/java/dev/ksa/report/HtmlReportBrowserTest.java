package dev.ksa.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ksa.audit.AuditFixtures;
import dev.ksa.audit.AuditResult;
import dev.ksa.audit.RuleSettings;
import dev.ksa.catalog.Catalog;
import dev.ksa.catalog.Lang;
import dev.ksa.testing.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report in real headless Chromium (Debian's chromium and chromium-driver), in Korean and
 * English, 1024 px wide: nothing sticks out of the page, every label of the architecture map stays
 * inside its box, and the severity filter and the grouping switch work without a script.
 */
class HtmlReportBrowserTest {
    static ChromeDriver browser;
    @TempDir static Path dir;

    @BeforeAll
    static void startBrowser() throws Exception {
        Tools.require("chromium", "chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile().exists() ? "/usr/bin/chromium" : "chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")), "--window-size=1024,768");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(which("chromedriver")).toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1024, 768));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String which(String tool) {
        for (String d : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new AssertionError(tool + " not on PATH");
    }

    /** The real catalog (long category names in both languages) over every rule's firing fixture: many findings, long names. */
    static String report(Lang lang) throws Exception {
        List<String> files = new ArrayList<>(List.of("live/cluster.yaml"));
        try (Stream<Path> rules = Files.list(Path.of(AuditFixtures.ROOT, "rules"))) {
            rules.sorted().forEach(r -> files.add("rules/" + r.getFileName() + "/fires.yaml"));
        }
        Catalog catalog = Catalog.load();
        AuditResult result = AuditFixtures.audit(catalog, AuditFixtures.read(files.toArray(String[]::new)), "2026", RuleSettings.none());
        return Reports.render("html", result, catalog, lang);
    }

    private static void open(Lang lang) throws Exception {
        Path page = dir.resolve("report-" + lang + ".html");
        Files.writeString(page, report(lang), StandardCharsets.UTF_8);
        browser.get(page.toUri().toString());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void at1024px_nothingIsWiderThanThePage(Lang lang) throws Exception {
        open(lang);
        long viewport = (Long) js("return document.documentElement.clientWidth;");
        long scroll = (Long) js("return document.documentElement.scrollWidth;");
        assertThat(scroll).as("page width at a 1024 px window (%s)", lang).isLessThanOrEqualTo(viewport);
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) js("""
                const out = [];
                const right = document.documentElement.clientWidth;
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > right + 1 && getComputedStyle(e).position !== 'absolute') out.push(e.tagName + ' ' + (e.textContent || '').slice(0, 60));
                }
                return out.slice(0, 10);""");
        assertThat(wide).as("elements past the right edge (%s)", lang).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void everyMapLabel_fitsItsBox(Lang lang) throws Exception {
        open(lang);
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) js("""
                const out = [];
                for (const g of document.querySelectorAll('svg.map g')) {
                  const box = g.querySelector('rect').getBBox();
                  for (const t of g.querySelectorAll('text')) {
                    const b = t.getBBox();
                    if (b.x + b.width > box.x + box.width - 2 || b.x < box.x) out.push(t.textContent);
                  }
                }
                for (const t of document.querySelectorAll('svg.map text.layer-name')) {
                  const b = t.getBBox();
                  if (b.x + b.width > 118) out.push(t.textContent);
                }
                return out;""");
        long labels = (Long) js("return document.querySelectorAll('svg.map g text').length;");
        assertThat(labels).as("labels drawn").isGreaterThan(30);
        assertThat(overflowing).as("map labels wider than their box (%s)", lang).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void severityFilter_andGrouping_workWithoutScript(Lang lang) throws Exception {
        open(lang);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        List<WebElement> infoRows = browser.findElements(By.cssSelector(".view-rule .row-info"));
        assertThat(infoRows).isNotEmpty();
        js("document.querySelectorAll('details').forEach(d => d.open = true);");
        assertThat(infoRows.get(0).isDisplayed()).isTrue();
        browser.findElement(By.cssSelector("label[for=show-info]")).click();
        assertThat(infoRows.get(0).isDisplayed()).as("info rows hidden once info is switched off").isFalse();
        assertThat(browser.findElements(By.cssSelector(".view-rule .row-error")).get(0).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".view-namespace")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("label[for=by-namespace]")).click();
        assertThat(browser.findElement(By.cssSelector(".view-namespace")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".view-rule")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".view-rule .remediation"))).as("each rule group says how to fix it").isNotEmpty();
    }
}
