package nl.mantelzorgkaart.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import nl.mantelzorgkaart.graph.ClientLanguage;

/**
 * The language of an error page or problem detail (issue 20): the language the visitor chose on the pages
 * ({@code ?lang=} or the {@code mzk-lang} cookie) if any, else English when {@code Accept-Language} asks for it,
 * else Dutch. The pages themselves stay Dutch until the visitor switches; an error answers whoever asked, a
 * browser or an API client, in the language it asked for. Nothing a client sends here can make it fail: a
 * parameter Tomcat cannot decode or a header that is no language counts as no choice.
 */
final class ErrorLanguage {

	/** The request attribute that holds the language an error is answered in, once decided. */
	static final String ATTRIBUTE = ErrorLanguage.class.getName() + ".locale";

	private ErrorLanguage() {
	}

	/** Decides the language of the error answered for this request and keeps it for the page's rendering. */
	static Locale decide(HttpServletRequest request) {
		Locale chosen = chosenFor(request);
		if (chosen == null) {
			chosen = of(request);
			request.setAttribute(ATTRIBUTE, chosen);
		}
		return chosen;
	}

	/** The language already decided for an error on this request, or null. */
	static Locale chosenFor(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Locale locale) ? locale : null;
	}

	private static Locale of(HttpServletRequest request) {
		String asked = parameter(request, WebConfiguration.LANGUAGE_PARAMETER);
		if (asked == null) {
			asked = cookie(request);
		}
		if (asked != null) {
			String language = asked.strip().toLowerCase(Locale.ROOT);
			if (language.equals("en") || language.startsWith("en-") || language.startsWith("en_")) {
				return ClientLanguage.ENGLISH;
			}
			if (language.equals("nl") || language.startsWith("nl-") || language.startsWith("nl_")) {
				return ClientLanguage.DUTCH;
			}
		}
		return ClientLanguage.of(request.getHeader("Accept-Language"));
	}

	private static String parameter(HttpServletRequest request, String name) {
		try {
			return request.getParameter(name);
		}
		catch (IllegalStateException ex) {
			return null; // a query string Tomcat cannot decode (%zz): no choice made
		}
	}

	private static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (WebConfiguration.LANGUAGE_COOKIE.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
