package nl.openinburgering.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser test does on a page, in the words of the test: open, log in, fill in, wait, check
 * accessibility. Collects the axe-core findings of every page, so that one run reports all failing pages.
 */
final class BrowserSessie {

    final ChromeDriver browser;
    private final int poort;
    private final List<String> overtredingen = new ArrayList<>();

    BrowserSessie(ChromeDriver browser, int poort) {
        this.browser = browser;
        this.poort = poort;
        browser.manage().deleteAllCookies();
    }

    void open(String pad) {
        browser.get("http://localhost:" + poort + pad);
    }

    void logIn(String gebruiker) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(gebruiker);
        browser.findElement(By.id("password")).sendKeys("demo");
        verstuur();
        wacht(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header form button[type=submit]")));
    }

    void logUit() {
        browser.findElement(By.cssSelector("header form button[type=submit]")).click();
        wacht(ExpectedConditions.urlContains("/login?uitgelogd"));
    }

    /** The text of the main content. */
    String tekst() {
        return browser.findElement(By.tagName("main")).getText();
    }

    String tekst(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    WebElement element(String id) {
        return browser.findElement(By.id(id));
    }

    String focus() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    void vul(String id, String waarde) {
        WebElement veld = element(id);
        veld.clear();
        veld.sendKeys(waarde);
    }

    /** Typing into a date field depends on the browser's locale; setting the ISO value does not. */
    void datum(String id, LocalDate datum) {
        browser.executeScript("arguments[0].value = arguments[1]", element(id), datum.toString());
    }

    /** Picks a file in the upload field ({@code veld-bestand}) and asks for the preview ({@code controleren}). */
    void kiesBestand(Path bestand) {
        element("veld-bestand").sendKeys(bestand.toAbsolutePath().toString());
        element("controleren").click();
    }

    void verstuur() {
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
    }

    void wachtOp(String id) {
        wacht(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    <T> T wacht(Function<WebDriver, T> voorwaarde) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(voorwaarde);
    }

    /** Runs axe-core on the current page and keeps its findings, printed readably, for {@link #overtredingen()}. */
    void controleerToegankelijkheid(String pagina) {
        bewaarVoorBeoordeling(pagina);
        List<String> gevonden = Browser.axeOvertredingen(browser);
        if (!gevonden.isEmpty()) {
            String verslag = pagina + " (" + browser.getCurrentUrl() + "):\n  " + String.join("\n  ", gevonden);
            System.err.println("axe-core WCAG 2.1 AA: " + verslag);
            overtredingen.add(verslag);
        }
    }

    List<String> overtredingen() {
        return List.copyOf(overtredingen);
    }

    List<String> cspMeldingen() {
        return browser.manage().logs().get("browser").getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    void schermafbeelding(Path bestand) {
        try {
            Files.createDirectories(bestand.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), bestand, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With {@code -Dui.schermafbeeldingen=<map>} every checked page is saved, for a human look at the layout. */
    private void bewaarVoorBeoordeling(String pagina) {
        String map = System.getProperty("ui.schermafbeeldingen");
        if (map != null) {
            schermafbeelding(Path.of(map, pagina.replaceAll("[^a-zA-Z0-9]+", "-") + ".png"));
        }
    }
}
