package org.schoolscope.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, started the one way that works on our machines: Playwright cannot
 * download its own browser here, and without the background-networking flags Chromium keeps dialling out.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}
