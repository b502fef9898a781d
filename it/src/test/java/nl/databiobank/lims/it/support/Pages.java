package nl.databiobank.lims.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Steps many browser tests share: logging in, choosing from a PrimeFaces menu, reading field messages. */
public final class Pages {

    private Pages() {
    }

    public static void logIn(Login login) {
        BrowserTest.open("/login.xhtml");
        BrowserTest.type("login:username", login.username());
        BrowserTest.type("login:password", login.password());
        BrowserTest.guardHttp(() -> BrowserTest.click("login:submit"));
        assertEquals(login.username(), BrowserTest.text("currentUser"), "logged in");
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu through its widget, as its own keyboard and
     * mouse handlers do; clicking into the sliding panel proved unreliable under Selenium.
     */
    public static void selectOne(String id, String value) {
        choose(id, value);
    }

    /** As {@link #selectOne}, for a menu whose change sends an ajax request; waits for its update. */
    public static void selectOneWithAjax(String id, String value) {
        // selectValue changes the widget quietly; its change behaviour (the p:ajax) is fired as a user's pick would
        BrowserTest.guardAjax(() -> ((JavascriptExecutor) BrowserTest.browser).executeScript(
                "var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]);"
                        + " menu.triggerChange();", id, value));
    }

    private static void choose(String id, String value) {
        ((JavascriptExecutor) BrowserTest.browser).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", id, value);
    }

    /** The error messages shown beside the inputs of a form. */
    public static List<String> fieldMessages(String form) {
        return BrowserTest.browser.findElements(By.cssSelector("[id='" + form + "'] .ui-message-error")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }
}
