package nl.mantelzorgkaart.graph;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a POST to {@code /graphql} must be before GraphQL reads it (issue 20): the content type
 * {@code application/json} (as GraphQL over HTTP asks), a body of at most {@code mantelzorgkaart.graphql.max-body} bytes, and a JSON object. Anything else is
 * a client mistake answered as GraphQL answers errors ({@code errors[].extensions.classification}
 * {@code BAD_REQUEST}, naming what was wrong), instead of the server's bare 500 page for {@code Content-Type:
 * *}{@code /*} or a {@code null} body, and instead of reading a body of any size. A method other than GET, POST
 * and OPTIONS (the CORS preflight) is a 405 in the same shape. The messages speak the request's language
 * ({@link ClientLanguage}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class GraphQlRequestGuard extends OncePerRequestFilter {

	static final String PATH = "/graphql";


	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final int maxBody;

	private final MessageSource messages;

	GraphQlRequestGuard(@Value("${mantelzorgkaart.graphql.max-body:65536}") int maxBody, MessageSource messages) {
		if (maxBody < 1024) {
			throw new IllegalArgumentException("mantelzorgkaart.graphql.max-body must be at least 1024 bytes, is " + maxBody);
		}
		this.maxBody = maxBody;
		this.messages = messages;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "GET".equals(request.getMethod())
				|| ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null)
				|| !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("OPTIONS".equals(request.getMethod())) {
			// Not a CORS preflight (those go on to the CORS configuration): which methods there are.
			response.setHeader("Allow", "GET, POST, OPTIONS");
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		if (!"POST".equals(request.getMethod())) {
			response.setHeader("Allow", "GET, POST, OPTIONS");
			refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method",
					new ClientMessage("api.request.method", shown(request.getMethod())));
			return;
		}
		if (!acceptable(request.getHeader("Accept"))) {
			refuse(request, response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Accept",
					new ClientMessage("api.request.accept", shown(request.getHeader("Accept"))));
			return;
		}
		String contentType = request.getContentType();
		MediaType type;
		try {
			type = (contentType == null) ? null : MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			type = null;
		}
		if (type == null || !type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
			refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type",
					new ClientMessage("api.request.contentType", (contentType == null)
							? ClientMessage.word("api.request.noContentType") : "'" + shown(contentType) + "'"));
			return;
		}
		if (request.getContentLengthLong() > this.maxBody) {
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body",
					new ClientMessage("api.request.tooLarge", this.maxBody));
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBody + 1);
		if (body.length > this.maxBody) {
			refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body",
					new ClientMessage("api.request.tooLarge", this.maxBody));
			return;
		}
		JsonNode parsed;
		try {
			parsed = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			parsed = null;
		}
		if (parsed == null || !parsed.isObject()) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "body", new ClientMessage("api.request.notAnObject"));
			return;
		}
		String wrong = wrongMember(parsed);
		if (wrong != null) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, wrong, new ClientMessage("api.request.member." + wrong));
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	/**
	 * Whether a client with this {@code Accept} reads one of the answers GraphQL over HTTP gives
	 * ({@code application/graphql-response+json}, {@code application/json}): no header, a wildcard or one of
	 * them with a quality above 0. Not for {@code text/html} alone or {@code text/event-stream} (subscriptions,
	 * which the API has none of); a header that is no media type list either.
	 */
	static boolean acceptable(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream()
				.anyMatch((type) -> type.getQualityValue() > 0 && (type.includes(MediaType.APPLICATION_JSON)
						|| type.includes(GraphQlGetEndpoint.GRAPHQL_RESPONSE)));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * The first member of the request that GraphQL over HTTP does not allow as sent: {@code query} must be a
	 * text that is not blank, {@code operationName} a text, {@code variables} and {@code extensions} objects
	 * (each but {@code query} may be left out or null). Null when all is well.
	 */
	static String wrongMember(JsonNode request) {
		JsonNode query = request.get("query");
		if (query == null || !query.isString() || query.asString().isBlank()) {
			return "query";
		}
		JsonNode operationName = request.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			return "operationName";
		}
		for (String member : List.of("variables", "extensions")) {
			JsonNode value = request.get(member);
			if (value != null && !value.isNull() && !value.isObject()) {
				return member;
			}
		}
		return null;
	}

	/** What the client sent, to repeat in a message: at most 60 characters, no control characters. */
	private static String shown(String sent) {
		String clean = sent.replaceAll("\\p{Cntrl}", "?");
		return (clean.length() > 60) ? clean.substring(0, 60) + "…" : clean;
	}

	/** A client mistake in the shape of a GraphQL error, naming what was wrong, in the client's language. */
	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String what,
			ClientMessage clientMessage) throws IOException {
		String message = clientMessage.in(this.messages, ClientLanguage.of(request.getHeader("Accept-Language")));
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", "BAD_REQUEST");
		extensions.put("request", what);
		GraphQlErrorBody.write(response, status, message, extensions);
	}

	/** The request with the body already read, to read again. */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			InputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return this.available() == 0;
				}

				@Override
				public int available() {
					try {
						return in.available();
					}
					catch (IOException ex) {
						return 0;
					}
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
