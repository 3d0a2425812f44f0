package nl.mantelzorgkaart.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.mantelzorgkaart.graph.GraphQlErrorBody;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one error path (issue 20), in place of Spring Boot's: every error that reaches {@code /error} is answered
 * in its client's format, whatever the client's {@code Accept} says: the error page for a browser, GraphQL's
 * shape ({@code errors[].extensions.classification}) for {@code /graphql}, a problem detail for anyone else.
 * Spring Boot's answers an {@code Accept} it cannot serve ({@code application/xml}, {@code image/png}) with an
 * empty body.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorResponses extends AbstractErrorController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ErrorResponses(ErrorAttributes errorAttributes) {
		super(errorAttributes, List.of());
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (graphQl(request)) {
			json(request, response);
			return null;
		}
		HttpStatus status = getStatus(request);
		Map<String, Object> model = new LinkedHashMap<>(getErrorAttributes(request, ErrorAttributeOptions.defaults()));
		response.setStatus(status.value());
		return new ModelAndView("error", model, status);
	}

	@RequestMapping
	void json(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = getStatus(request);
		Map<String, Object> problem = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		if (graphQl(request)) {
			GraphQlErrorBody.write(response, status.value(), problem.get("title") + ": " + problem.get("detail"),
					Map.of("classification", status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST"));
			return;
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	/** Whether the request that failed was one for the GraphQL endpoint. */
	private static boolean graphQl(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri instanceof String text) ? text.substring(Math.min(text.length(), request.getContextPath().length()))
				: "";
		return path.equals("/graphql");
	}

}
