package nl.mantelzorgkaart.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response (issue 20). A Content-Security-Policy without inline script:
 * scripts, styles sheets, fonts and API calls come from this site only (styles may be set inline, as the
 * map and the embed's shadow root do), images from here, data URLs and the configured map tile server.
 * Pages may be framed by any site only where partners are meant to embed them, the search pages; every
 * other page by nobody. No MIME sniffing, and no full address to other sites in the Referer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders extends OncePerRequestFilter {

	/** The pages partners may put in an iframe (the embed of a search): "/zoeken" and what is under it. */
	static final String FRAMEABLE = "/zoeken";

	private final String policy;

	private final String frameablePolicy;

	SecurityHeaders(WebSettings settings) {
		String images = "'self' data:" + tileOrigin(settings.tileUrl());
		String common = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src " + images
				+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
		this.policy = common + "; frame-ancestors 'none'";
		this.frameablePolicy = common + "; frame-ancestors *";
	}

	/** " https://tile.openstreetmap.org" for a tile URL template, or nothing without one. */
	static String tileOrigin(String tileUrl) {
		Matcher origin = (tileUrl == null) ? null : ORIGIN.matcher(tileUrl.strip());
		if (origin == null || !origin.find()) {
			return "";
		}
		// A subdomain placeholder ("{s}.tile.example") becomes the wildcard a policy allows.
		return " " + origin.group(1) + "://" + origin.group(2).replace("{s}", "*");
	}

	/** The scheme and host (with port) of a URL template. */
	private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean frameable = path.equals(FRAMEABLE) || path.startsWith(FRAMEABLE + "/");
		response.setHeader("Content-Security-Policy", frameable ? this.frameablePolicy : this.policy);
		if (!frameable) {
			response.setHeader("X-Frame-Options", "DENY");
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
		chain.doFilter(request, response);
	}

}
