package nl.mantelzorgkaart.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.mantelzorgkaart.graph.ClientLanguage;
import nl.mantelzorgkaart.graph.ClientMessage;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers itself, before any of the application sees the request (issue 20): a request line or
 * header it cannot parse (a raw {@code %} or space in the address, {@code /..}, a bad {@code Host}), headers
 * over {@code server.max-http-request-header-size} or more than 100 of them, an {@code Expect} it does not
 * know. Its own error page (English, "HTTP Status 400 – Bad Request", Tomcat's look) gives way to ours, in
 * the client's format and language: GraphQL's shape for {@code /graphql}, a small Dutch error page for a
 * browser, a problem detail for any other client. A method Tomcat does not implement ({@code CONNECT}) is a
 * 405, not its 501: the client sent it, not the server failed.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource messages;

	ContainerErrors(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public int getOrder() {
		// After Spring Boot's own customizer, which adds Tomcat's error report valve that ours replaces.
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new Report(this.messages));
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(Report.class.getName());
			}
		});
	}

	/** Tomcat's error report valve, answering as the application's error path does. */
	static final class Report extends ErrorReportValve {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private final MessageSource messages;

		/** For Tomcat, which makes the host's error report valve from its class name when none is there. */
		public Report() {
			this(null);
		}

		Report(MessageSource messages) {
			this.messages = messages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || this.messages == null) {
				super.report(request, response, throwable);
				return;
			}
			if (!response.setErrorReported()) {
				return;
			}
			if (status == 501) {
				status = 405;
				response.setStatus(status);
				response.setHeader("Allow", "GET, POST, HEAD, OPTIONS");
			}
			try {
				Locale locale = ClientLanguage.of(header(request, "Accept-Language"));
				String title = text(title(status), locale);
				String detail = text(detail(status), locale);
				String path = path(request);
				String body;
				if (path.equals("/graphql")) {
					response.setContentType("application/graphql-response+json");
					body = JSON.writeValueAsString(Map.of("errors", List.of(Map.of("message", title + ": " + detail,
							"extensions", Map.of("classification", "BAD_REQUEST", "request", "http")))));
				}
				else if (takesHtml(header(request, "Accept"))) {
					response.setContentType("text/html");
					body = page(locale, title, detail, text("error.home", locale));
				}
				else {
					Map<String, Object> problem = new LinkedHashMap<>();
					problem.put("type", "about:blank");
					problem.put("title", title);
					problem.put("status", status);
					problem.put("detail", detail);
					response.setContentType("application/problem+json");
					body = JSON.writeValueAsString(problem);
				}
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The connection is gone or the answer already on its way: nothing more to say.
			}
		}

		private String text(String code, Locale locale) {
			return new ClientMessage(code).in(this.messages, locale);
		}

		private static String title(int status) {
			return switch (status) {
				case 400, 404, 405, 406, 413, 415, 431 -> "problem.title." + status;
				default -> (status >= 500) ? "problem.title.server" : "problem.title.client";
			};
		}

		private static String detail(int status) {
			return switch (status) {
				case 404, 431 -> "problem.detail." + status;
				default -> (status >= 500) ? "problem.detail.server" : "problem.detail.client";
			};
		}

		private static String page(Locale locale, String title, String detail, String home) {
			return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
					+ HtmlUtils.htmlEscape(title) + " · Mantelzorgkaart</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n"
					+ "</head>\n<body>\n<main id=\"inhoud\" class=\"wrap\">\n<h1>" + HtmlUtils.htmlEscape(title) + "</h1>\n"
					+ "<p class=\"notice\">" + HtmlUtils.htmlEscape(detail) + "</p>\n<p><a href=\"/\">" + HtmlUtils.htmlEscape(home) + "</a></p>\n"
					+ "</main>\n</body>\n</html>\n";
		}

		/** A browser, or a client that says nothing or takes anything; not one that asks for JSON only. */
		private static boolean takesHtml(String accept) {
			if (accept == null || accept.isBlank()) {
				return true;
			}
			String lower = accept.toLowerCase(Locale.ROOT);
			return lower.contains("text/html") || lower.contains("*/*") || !lower.contains("json");
		}

		private static String header(HttpServletRequest request, String name) {
			try {
				return request.getHeader(name);
			}
			catch (RuntimeException ex) {
				return null;
			}
		}

		/**
		 * The path asked for, as far as Tomcat read it: the request line, when the headers were the trouble;
		 * nothing when the request line itself could not be read (then no one can tell it was for /graphql).
		 */
		private static String path(Request request) {
			try {
				String uri = request.getDecodedRequestURI();
				if (uri == null || uri.isEmpty()) {
					uri = request.getCoyoteRequest().requestURI().toString();
				}
				return (uri != null) ? uri : "";
			}
			catch (RuntimeException ex) {
				return "";
			}
		}

	}

}
