package nl.mantelzorgkaart.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.mantelzorgkaart.graph.ClientMessage;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The JSON body of an error outside GraphQL and the pages (issue 20): the members of an RFC 9457 problem
 * detail ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}), in Dutch, or in
 * English when the request asks for it ({@link ErrorLanguage}), instead of Spring's English
 * {@code "error": "Not Found"}; never a stack trace or an exception's class. The error page reads the same
 * {@code status}, in the same language.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

	private final MessageSource messages;

	ProblemErrorAttributes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> spring = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		int status = (spring.get("status") instanceof Integer code) ? code : 500;
		HttpStatus known = HttpStatus.resolve(status);
		Locale locale = (request instanceof NativeWebRequest nativeRequest
				&& nativeRequest.getNativeRequest() instanceof HttpServletRequest servlet) ? ErrorLanguage.decide(servlet)
						: Locale.forLanguageTag("nl");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title(status, locale));
		problem.put("status", (known != null) ? status : 500);
		problem.put("detail", detail(status, locale));
		if (spring.get("path") != null) {
			problem.put("instance", spring.get("path"));
		}
		return problem;
	}

	private String title(int status, Locale locale) {
		String code = switch (status) {
			case 400, 404, 405, 406, 413, 415, 429, 431 -> "problem.title." + status;
			default -> (status >= 500) ? "problem.title.server" : "problem.title.client";
		};
		return new ClientMessage(code).in(this.messages, locale);
	}

	private String detail(int status, Locale locale) {
		String code = switch (status) {
			case 404, 429, 431 -> "problem.detail." + status;
			default -> (status >= 500) ? "problem.detail.server" : "problem.detail.client";
		};
		return new ClientMessage(code).in(this.messages, locale);
	}

}
