package nl.mantelzorgkaart.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.mantelzorgkaart.graph.ClientMessage;
import nl.mantelzorgkaart.graph.GraphQlErrorBody;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limits (issue 20): each client address has a token bucket for the API ({@code /graphql})
 * and one for the pages, refilled evenly over a minute, so that one client cannot take the machine from
 * everyone else. A client over its limit gets 429 with {@code Retry-After} (seconds): for the API as a
 * GraphQL error, for a page as the Dutch error page. Every limited answer says the limit and what is left
 * in {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}. Static files and health are not limited.
 * <p>
 * The client is the address the request came from; behind a reverse proxy that is the proxy's, unless
 * the server is told to read the forwarded address ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}, see the
 * README). IPv6 clients count per /64 network, since one connection usually holds a whole /64.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class RateLimits extends OncePerRequestFilter {

	/** Paths of files that never change per request, and the health check that monitors poll. */
	private static final List<String> UNLIMITED_PREFIXES = List.of("/css/", "/js/", "/graphiql/", "/webjars/",
			"/images/", "/embed.js", "/favicon", "/robots.txt", "/actuator/health");

	private final Family api;

	private final Family pages;

	private final MessageSource messages;

	RateLimits(@Value("${mantelzorgkaart.rate-limit.api:300}") int apiPerMinute,
			@Value("${mantelzorgkaart.rate-limit.pages:600}") int pagesPerMinute, MessageSource messages) {
		this.messages = messages;
		this.api = Family.of("mantelzorgkaart.rate-limit.api (MANTELZORGKAART_RATE_LIMIT_API)", apiPerMinute);
		this.pages = Family.of("mantelzorgkaart.rate-limit.pages (MANTELZORGKAART_RATE_LIMIT_PAGES)", pagesPerMinute);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean isApi = path.equals("/graphql") || path.startsWith("/graphql/");
		Family family = isApi ? this.api : this.pages;
		if (family == null || UNLIMITED_PREFIXES.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = family.bucketOf(client(request.getRemoteAddr())).tryConsumeAndReturnRemaining(1);
		response.setHeader("X-RateLimit-Limit", Integer.toString(family.perMinute));
		response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		if (isApi) {
			GraphQlErrorBody.write(response, 429,
					new ClientMessage("api.rateLimit", family.perMinute, retryAfter).in(this.messages,
							ErrorLanguage.decide(request)),
					Map.of("classification", "TOO_MANY_REQUESTS", "retryAfter", retryAfter));
		}
		else {
			response.sendError(429);
		}
	}

	/**
	 * The key a client counts under: its IPv4 address, or the /64 network of its IPv6 address (the text of
	 * an address Tomcat could not parse stays as it is).
	 */
	static String client(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
			return String.valueOf(remoteAddress);
		}
		try {
			byte[] address = InetAddress.getByName(remoteAddress).getAddress();
			if (address.length != 16) {
				return remoteAddress;
			}
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				network.append(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff))).append(':');
			}
			return network.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

	/** The buckets of one kind of request, one per client, kept for the clients seen in the last hour. */
	private static final class Family {

		private final int perMinute;

		private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(Duration.ofHours(1))
			.build();

		private Family(int perMinute) {
			this.perMinute = perMinute;
		}

		/** The family, or null when the setting is 0 (no limit). */
		static Family of(String setting, int perMinute) {
			if (perMinute < 0) {
				throw new IllegalArgumentException(setting + " must be 0 (no limit) or a number of requests per minute, got "
						+ perMinute);
			}
			return (perMinute == 0) ? null : new Family(perMinute);
		}

		Bucket bucketOf(String client) {
			return this.buckets.get(client, (key) -> Bucket.builder()
				.addLimit((limit) -> limit.capacity(this.perMinute).refillGreedy(this.perMinute, Duration.ofMinutes(1)))
				.build());
		}

	}

}
