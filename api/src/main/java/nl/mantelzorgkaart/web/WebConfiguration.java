package nl.mantelzorgkaart.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language of the pages: Dutch unless the visitor chose English with the switch ({@code ?lang=en}),
 * which a cookie then remembers ({@code HttpOnly}, {@code SameSite=Lax}: no script reads it, and other sites'
 * requests do not carry it along except in a plain link). Only nl and en exist; anything else falls back to
 * Dutch. An error page may speak the request's language where the visitor chose none ({@link ErrorLanguage}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	static final String LANGUAGE_PARAMETER = "lang";

	static final String LANGUAGE_COOKIE = "mzk-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {

			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				Locale error = ErrorLanguage.chosenFor(request);
				return new SimpleLocaleContext((error != null) ? error : supported(super.resolveLocaleContext(request).getLocale()));
			}

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Locale error = ErrorLanguage.chosenFor(request);
				return (error != null) ? error : supported(super.resolveLocale(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, supported(locale));
			}

		};
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		// A cookie that is no language ("@", "<script>") is ignored, and the page is Dutch: rejecting it
		// threw, and every URL answered 500 for as long as the browser kept the cookie (issue 20).
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	/** English or Dutch: the only languages the pages have. */
	static Locale supported(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : DUTCH;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(LANGUAGE_PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).excludePathPatterns("/graphql/**", "/actuator/**");
	}

}
