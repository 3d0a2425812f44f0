package nl.mantelzorgkaart.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.search.InvalidSearchRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page shows around its content (the language switch, the map settings), and the friendly
 * error pages: a bad link or form value is a 400 page naming what to change, an unknown record a 404
 * page; never a stack trace. The error page speaks the visitor's chosen language, or the one the browser
 * asks for ({@link ErrorLanguage}); a client that does not take HTML (the suggestions' script, an API client)
 * gets the same error as a JSON problem detail.
 */
@ControllerAdvice(basePackageClasses = PageChrome.class)
class PageChrome {

	private static final Logger log = LoggerFactory.getLogger(PageChrome.class);

	private final WebSettings settings;

	PageChrome(WebSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute
	void chrome(HttpServletRequest request, org.springframework.ui.Model model) {
		model.addAllAttributes(attributes(request));
	}

	private Map<String, Object> attributes(HttpServletRequest request) {
		Locale locale = WebConfiguration.supported(RequestContextUtils.getLocale(request));
		String other = "en".equals(locale.getLanguage()) ? "nl" : "en";
		return Map.of("lang", locale.getLanguage(), "otherLang", other, "switchUrl", switchUrl(request, other),
				"tileUrl", this.settings.tileUrl(), "tileAttribution", this.settings.tileAttribution());
	}

	/** Whether the client reads HTML: a browser, or a client that says nothing or takes anything. */
	static boolean takesHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream()
				.anyMatch((type) -> type.getQualityValue() > 0 && (type.includes(MediaType.TEXT_HTML)
						|| type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)));
		}
		catch (InvalidMediaTypeException ex) {
			return true;
		}
	}

	/** This page with the other language: the visitor stays where they are. */
	static String switchUrl(HttpServletRequest request, String language) {
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals(WebConfiguration.LANGUAGE_PARAMETER)) {
				for (String value : values) {
					url.queryParam(name, value);
				}
			}
		});
		url.queryParam(WebConfiguration.LANGUAGE_PARAMETER, language);
		return url.build().encode().toUriString();
	}

	@ExceptionHandler({ InvalidArgumentException.class, BadPageRequest.class, InvalidSearchRequestException.class })
	ModelAndView badRequest(RuntimeException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String parameter = (ex instanceof BadPageRequest bad) ? bad.parameter()
				: (ex instanceof InvalidSearchRequestException search) ? search.parameter()
						: ((InvalidArgumentException) ex).argument();
		return errorPage(request, response, HttpStatus.BAD_REQUEST, "error.badRequest", parameter);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badParameter(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		String parameter = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ((MissingServletRequestParameterException) ex).getParameterName();
		return errorPage(request, response, HttpStatus.BAD_REQUEST, "error.badRequest", parameter);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		return errorPage(request, response, HttpStatus.NOT_FOUND, "error.notFound", null);
	}

	private ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String messageKey, String parameter) throws IOException {
		log.debug("{} for {}: {}", status.value(), request.getRequestURI(), messageKey);
		if (!takesHtml(request)) {
			// The error path answers it as a problem detail.
			response.sendError(status.value());
			return new ModelAndView();
		}
		ErrorLanguage.decide(request);
		ModelAndView page = new ModelAndView("error-page", status);
		page.addAllObjects(attributes(request));
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		page.addObject("parameter", parameter);
		return page;
	}

}
