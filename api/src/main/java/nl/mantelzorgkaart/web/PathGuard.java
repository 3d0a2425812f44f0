package nl.mantelzorgkaart.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import nl.mantelzorgkaart.graph.ClientLanguage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Addresses no page has (issue 20): a path with dot segments or encoded slashes and dots
 * ({@code /actuator/health/../env}, {@code %2e%2e}, {@code %2f}) is a 400, and the error page itself
 * ({@code /error}), asked for directly, a 404 — both answered like any other mistake (the Dutch page, or
 * JSON for an API client), where they gave the server's 500 before. So are a query string that Tomcat cannot
 * decode ({@code ?q=%zz}, invalid UTF-8), which failed every read of a parameter, and an
 * {@code Accept-Language} of more than Tomcat's ten languages, which failed every read of the request's
 * locale: that header is then read as Dutch by everything that asks the request ({@link ClientLanguage}
 * still reads the header itself).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class PathGuard extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI();
		String path = uri.substring(request.getContextPath().length());
		if (tricky(uri)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Dit adres bestaat niet: het bevat '..', '//' of een"
					+ " gecodeerde slash of punt.");
			return;
		}
		if (path.equals("/error") || path.startsWith("/error/")) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		try {
			// Reading the parameters reads a form body too, but never a multipart one: no page takes uploads.
			if (request.getContentType() == null || !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
				request.getParameterMap();
			}
		}
		catch (IllegalStateException ex) {
			// Tomcat's InvalidParameterException: a parameter it cannot decode.
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Het adres bevat een teken dat we niet kunnen lezen.");
			return;
		}
		chain.doFilter(readableLocale(request), response);
	}

	/** The request, or, when Tomcat cannot read its locales (over ten languages), one whose locale is Dutch. */
	private static HttpServletRequest readableLocale(HttpServletRequest request) {
		try {
			request.getLocales();
			return request;
		}
		catch (IllegalArgumentException ex) {
			return new HttpServletRequestWrapper(request) {

				@Override
				public Locale getLocale() {
					return ClientLanguage.DUTCH;
				}

				@Override
				public Enumeration<Locale> getLocales() {
					return Collections.enumeration(List.of(ClientLanguage.DUTCH));
				}

			};
		}
	}

	/** Dot segments, doubled slashes or encoded slashes, backslashes and dots, as a client may send them. */
	static boolean tricky(String uri) {
		String lower = uri.toLowerCase(Locale.ROOT);
		return lower.contains("/../") || lower.endsWith("/..") || lower.contains("/./") || lower.endsWith("/.")
				|| lower.contains("//") || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
				|| lower.contains("\\") || lower.contains(";");
	}

}
