package nl.mantelzorgkaart.graph;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer of {@code /graphql} written before or outside GraphQL's own handling (the request guard, the
 * rate limits, the error controller): one error in the shape GraphQL over HTTP gives, with its extensions.
 */
public final class GraphQlErrorBody {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private GraphQlErrorBody() {
	}

	/** Writes {@code {"errors":[{"message":…,"extensions":…}]}} with the status, as UTF-8. */
	public static void write(HttpServletResponse response, int status, String message, Map<String, Object> extensions)
			throws IOException {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensions);
		response.setStatus(status);
		response.setContentType("application/graphql-response+json;charset=UTF-8");
		response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(error))));
	}

}
