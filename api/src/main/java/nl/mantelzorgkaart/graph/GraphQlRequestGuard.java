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
 * *}{@code /*} or a {@code null} body, and instead of reading a body of any size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class GraphQlRequestGuard extends OncePerRequestFilter {

	static final String PATH = "/graphql";


	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final int maxBody;

	GraphQlRequestGuard(@Value("${mantelzorgkaart.graphql.max-body:65536}") int maxBody) {
		if (maxBody < 1024) {
			throw new IllegalArgumentException("mantelzorgkaart.graphql.max-body must be at least 1024 bytes, is " + maxBody);
		}
		this.maxBody = maxBody;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		MediaType type;
		try {
			type = (contentType == null) ? null : MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			type = null;
		}
		if (type == null || !type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
			refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Type",
					"Stuur de vraag als JSON (Content-Type: application/json), niet als "
							+ ((contentType == null) ? "zonder Content-Type" : "'" + contentType + "'") + ".");
			return;
		}
		if (request.getContentLengthLong() > this.maxBody) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body",
					"De vraag is groter dan " + this.maxBody + " bytes.");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBody + 1);
		if (body.length > this.maxBody) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body",
					"De vraag is groter dan " + this.maxBody + " bytes.");
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
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, "body",
					"De body moet een JSON-object zijn met een 'query', zoals {\"query\": \"{ stats { offerings } }\"}.");
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	/** A client mistake in the shape of a GraphQL error, naming what was wrong. */
	private static void refuse(HttpServletResponse response, int status, String what, String message) throws IOException {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", "BAD_REQUEST");
		extensions.put("request", what);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensions);
		response.setStatus(status);
		response.setContentType("application/graphql-response+json;charset=UTF-8");
		response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(error))));
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
