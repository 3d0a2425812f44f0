package nl.mantelzorgkaart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application counts requests per client address, for the API and the pages, and leaves
 * static files alone (issue 20). The requests come from loopback addresses of their own (127.0.0.0/8 is
 * all this machine), so they are new clients to the limiter. Counting down, other clients and the 429
 * itself are in {@code RateLimitsTests}, at limits small enough to reach.
 */
@IntegrationTest
class RateLimitWiringTests {

	@LocalServerPort
	int port;

	@Test
	void pagesAndTheApiAreCountedPerClientAndSayTheirLimit() throws IOException {
		Map<String, String> page = get("127.0.0.21", "/zoeken?q=dementie");
		Map<String, String> api = post("127.0.0.21", "/graphql", "{\"query\":\"{ stats { offerings } }\"}");

		for (Map<String, String> answer : java.util.List.of(page, api)) {
			assertThat(answer).containsEntry("status", "200")
				.containsEntry("x-ratelimit-limit", Integer.toString(IntegrationTest.RATE_LIMIT));
			// The first request of this client address in its bucket (each bucket refills within milliseconds
			// at the suite's limit, so a count down is shown in RateLimitsTests, not here).
			assertThat(Long.parseLong(answer.get("x-ratelimit-remaining"))).isEqualTo(IntegrationTest.RATE_LIMIT - 1);
		}
	}

	@Test
	void staticFilesAreNotCounted() throws IOException {
		Map<String, String> css = get("127.0.0.23", "/css/site.css");
		assertThat(css.get("status")).isEqualTo("200");
		assertThat(css).doesNotContainKey("x-ratelimit-remaining");
	}

	private Map<String, String> get(String from, String path) throws IOException {
		return exchange(from, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
	}

	private Map<String, String> post(String from, String path, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return exchange(from, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + json);
	}

	/** One request over a socket bound to the client address; the status and the headers, names in lower case. */
	private Map<String, String> exchange(String from, String request) throws IOException {
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), this.port, InetAddress.getByName(from), 0)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			String head = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2)[0];
			String[] lines = head.split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("status", lines[0].split(" ")[1]);
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
			}
			return headers;
		}
	}

}
