package nl.mantelzorgkaart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import jakarta.servlet.DispatcherType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.WebUtils;

/**
 * One client cannot take the API or the pages from everyone else: past its limit per minute it gets 429
 * with Retry-After, as a GraphQL error on the API and as the error page on the pages, while other
 * clients, static files and health checks go on (issue 20).
 */
class RateLimitsTests {

	private final RateLimits limits = new RateLimits(3, 5, messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("api.rateLimit", Locale.forLanguageTag("nl"),
				"Te veel vragen van dit adres: u mag er {0} per minuut stellen. Probeer het over {1} s opnieuw.");
		messages.addMessage("api.rateLimit", Locale.ENGLISH, "Too many requests from this address: {0} a minute.");
		return messages;
	}

	@Test
	void aClientPastItsApiLimitGetsA429GraphQlErrorWithRetryAfter() throws Exception {
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse response = send("POST", "/graphql", "203.0.113.7");
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("X-RateLimit-Limit")).isEqualTo("3");
			assertThat(response.getHeader("X-RateLimit-Remaining")).isEqualTo(Integer.toString(2 - i));
		}

		MockHttpServletResponse refused = send("POST", "/graphql", "203.0.113.7");

		assertThat(refused.getStatus()).isEqualTo(429);
		int retryAfter = Integer.parseInt(refused.getHeader("Retry-After"));
		// Three per minute: the next token comes within twenty seconds.
		assertThat(retryAfter).isBetween(1, 21);
		assertThat(refused.getContentType()).startsWith("application/graphql-response+json");
		assertThat(refused.getContentAsString()).contains("\"classification\":\"TOO_MANY_REQUESTS\"")
			.contains("\"retryAfter\":" + retryAfter)
			.contains("Te veel vragen van dit adres");
		// In English for a client that asks for it.
		MockHttpServletRequest english = request("POST", "/graphql", "203.0.113.7");
		english.addHeader("Accept-Language", "en");
		MockHttpServletResponse englishResponse = new MockHttpServletResponse();
		this.limits.doFilter(english, englishResponse, new MockFilterChain());
		assertThat(englishResponse.getContentAsString()).contains("Too many requests from this address: 3 a minute.");
		// A GET of the API counts in the same bucket.
		assertThat(send("GET", "/graphql", "203.0.113.7").getStatus()).isEqualTo(429);
	}

	@Test
	void otherClientsKeepTheirOwnLimit() throws Exception {
		for (int i = 0; i < 4; i++) {
			send("POST", "/graphql", "203.0.113.7");
		}
		assertThat(send("POST", "/graphql", "198.51.100.20").getStatus()).isEqualTo(200);
	}

	@Test
	void aClientPastItsPageLimitGetsTheErrorPageWith429AndTheApiStillAnswers() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(send("GET", "/zoeken", "203.0.113.8").getStatus()).isEqualTo(200);
		}

		MockHttpServletResponse refused = send("GET", "/aanbod/vmca-eigen-tijd", "203.0.113.8");

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.isCommitted()).as("sent as an error, for the Dutch error page to render").isTrue();
		assertThat(refused.getErrorMessage()).isNull();
		assertThat(refused.getHeader("Retry-After")).isNotNull();
		assertThat(send("POST", "/graphql", "203.0.113.8").getStatus()).isEqualTo(200);
	}

	@Test
	void staticFilesHealthAndTheErrorPageItselfAreNotCounted() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(send("GET", "/css/site.css", "203.0.113.9").getStatus()).isEqualTo(200);
			assertThat(send("GET", "/actuator/health", "203.0.113.9").getStatus()).isEqualTo(200);
		}
		MockHttpServletRequest error = request("GET", "/error", "203.0.113.9");
		error.setDispatcherType(DispatcherType.ERROR);
		error.setAttribute(WebUtils.ERROR_REQUEST_URI_ATTRIBUTE, "/zoeken");
		for (int i = 0; i < 20; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			this.limits.doFilter(error, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
		assertThat(send("GET", "/zoeken", "203.0.113.9").getHeader("X-RateLimit-Remaining")).isEqualTo("4");
	}

	@Test
	void ipv6ClientsCountPerSlash64Network() throws Exception {
		for (int i = 0; i < 3; i++) {
			send("POST", "/graphql", "2001:db8:1:2::" + (i + 1));
		}
		assertThat(send("POST", "/graphql", "2001:db8:1:2:ffff::9").getStatus()).isEqualTo(429);
		assertThat(send("POST", "/graphql", "2001:db8:1:3::1").getStatus()).isEqualTo(200);
		assertThat(RateLimits.client("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
		assertThat(RateLimits.client("192.0.2.1")).isEqualTo("192.0.2.1");
	}

	@Test
	void zeroMeansNoLimitAndANegativeLimitIsRefusedNamingTheSetting() throws Exception {
		RateLimits unlimited = new RateLimits(0, 0, messages());
		for (int i = 0; i < 50; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			unlimited.doFilter(request("POST", "/graphql", "203.0.113.10"), response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("X-RateLimit-Limit")).isNull();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimits(-1, 600, messages()))
			.withMessageContaining("MANTELZORGKAART_RATE_LIMIT_API");
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimits(300, -5, messages()))
			.withMessageContaining("MANTELZORGKAART_RATE_LIMIT_PAGES");
	}

	private MockHttpServletResponse send(String method, String path, String client) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.limits.doFilter(request(method, path, client), response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String method, String path, String client) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(client);
		return request;
	}

}
