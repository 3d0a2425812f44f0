package nl.mantelzorgkaart.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: the system's {@code chromium} and {@code chromedriver} (Debian's
 * chromium and chromium-driver; {@code .ci/run} installs them), never a downloaded one. Also axe-core
 * (injected into the page) and screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM_PROPERTY = "mantelzorgkaart.test.chromium";

	static final String DRIVER_PROPERTY = "webdriver.chrome.driver";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String AXE = resource("/axe/axe.min.js");

	final ChromeDriver driver;

	final String base;

	private Browser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	/** Starts headless Chromium, or fails naming the missing program and how to install it. */
	static Browser start(int port) {
		Path chromium = Path.of(System.getProperty(CHROMIUM_PROPERTY, firstExisting("/usr/bin/chromium",
				"/usr/bin/chromium-browser")));
		Path chromedriver = Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
		for (Path program : List.of(chromium, chromedriver)) {
			if (!Files.isExecutable(program)) {
				throw new IllegalStateException("The browser tests need " + program + ", which is missing. Install "
						+ "Chromium and its driver with `sudo apt-get install -y chromium chromium-driver` (or run "
						+ "`bash .ci/run`, which does), or point -D" + CHROMIUM_PROPERTY + " and -D" + DRIVER_PROPERTY
						+ " at them.");
			}
		}
		// Set explicitly so that Selenium Manager never tries to download a driver or a browser.
		System.setProperty(DRIVER_PROPERTY, chromedriver.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1280,1100", "--lang=nl-NL", "--accept-lang=nl-NL,nl",
				"--hide-scrollbars");
		// A Dutch visitor's browser: headless Chromium sends "Accept-Language: en-US" whatever --lang says, and the
		// error pages answer a browser that asks for English in English.
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return new Browser(driver, "http://localhost:" + port);
	}

	private static String firstExisting(String... paths) {
		for (String path : paths) {
			if (Files.exists(Path.of(path))) {
				return path;
			}
		}
		return paths[0];
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30));
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Runs axe-core on the page (open shadow roots included) and returns the serious and critical violations,
	 * each as "rule (impact): help — the nodes".
	 */
	@SuppressWarnings("unchecked")
	List<String> seriousAccessibilityViolations() {
		script(AXE);
		Object result = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then((r) => done(r.violations
				    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
				    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' — '
				      + v.nodes.map((n) => n.target.join(' ')).join(', '))))
				  .catch((e) => done(['axe failed: ' + e]));""");
		return (List<String>) result;
	}

	/** Saves what the window shows as {@code target/screenshots/<name>.png}; returns the file. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			// As tall as the page (within reason), so the screenshot shows all of it.
			Number height = (Number) script("return Math.min(4000, document.documentElement.scrollHeight)");
			Dimension size = this.driver.manage().window().getSize();
			this.driver.manage().window().setSize(new Dimension(size.getWidth(), Math.max(800, height.intValue())));
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
			this.driver.manage().window().setSize(size);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Navigation Timing of the current page, and the bytes of it and everything it loaded. */
	@SuppressWarnings("unchecked")
	Map<String, Object> timing() {
		return (Map<String, Object>) script("""
				const nav = performance.getEntriesByType('navigation')[0];
				const resources = performance.getEntriesByType('resource');
				return {
				  ttfbMs: nav.responseStart - nav.requestStart,
				  domContentLoadedMs: nav.domContentLoadedEventEnd - nav.startTime,
				  loadMs: nav.loadEventEnd - nav.startTime,
				  documentBytes: nav.transferSize,
				  resourceCount: resources.length,
				  totalBytes: nav.transferSize + resources.reduce((sum, r) => sum + (r.transferSize || 0), 0),
				  totalDecodedBytes: nav.decodedBodySize + resources.reduce((sum, r) => sum + (r.decodedBodySize || 0), 0)
				};""");
	}

	private static String resource(String name) {
		try (InputStream in = Browser.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing test resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
