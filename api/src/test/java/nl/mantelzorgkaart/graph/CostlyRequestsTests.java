package nl.mantelzorgkaart.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probe of issue 20: eight clients at once sending 249 aliases of a search with explanations timed every
 * client out at 60 s and kept both cores busy for minutes. Now each bomb is refused before it runs, with a
 * BAD_REQUEST error naming the complexity limit, and ordinary searches sent at the same time are answered.
 * (Latency under load is measured in the load benchmark; the bounds here only catch a return of the hang.)
 */
@IntegrationTest
class CostlyRequestsTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void eightAliasBombsAtOnceAreRefusedQuicklyWhileOtherClientsAreAnswered() throws Exception {
		StringBuilder bomb = new StringBuilder("{ ");
		for (int i = 0; i < 249; i++) {
			bomb.append("s").append(i)
				.append(": search(text: \\\"zorg dementie mantelzorg\\\", explain: true, first: 100) { edges { node { explanation } } } ");
		}
		String bombBody = "{\"query\":\"" + bomb.append("}") + "\"}";
		String searchBody = "{\"query\":\"{ search(text: \\\"dementie\\\", first: 10) { totalCount edges { node { id } } } }\"}";

		ExecutorService clients = Executors.newFixedThreadPool(12);
		try {
			List<Future<HttpResponse<String>>> bombs = new ArrayList<>();
			List<Future<HttpResponse<String>>> searches = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				bombs.add(clients.submit(() -> post(bombBody)));
			}
			for (int i = 0; i < 16; i++) {
				searches.add(clients.submit(() -> post(searchBody)));
			}
			for (Future<HttpResponse<String>> answer : bombs) {
				HttpResponse<String> response = answer.get();
				assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"")
					.contains("\"limit\":\"complexity\"")
					.doesNotContain("\"data\":{");
				assertThat(response.body().length()).as("a short error, not megabytes of explanations").isLessThan(2_000);
			}
			for (Future<HttpResponse<String>> answer : searches) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("\"totalCount\":").doesNotContain("\"errors\"");
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	private HttpResponse<String> post(String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
