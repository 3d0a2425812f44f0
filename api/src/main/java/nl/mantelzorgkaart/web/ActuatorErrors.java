package nl.mantelzorgkaart.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The health and info endpoints answer a mistake with a status and no body ({@code /actuator/health/x} is a
 * bare 404): such an answer goes through the error path instead, so that it says what was wrong like every
 * other error (issue 20).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ActuatorErrors extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/actuator") || path.startsWith("/actuator/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Watched watched = new Watched(response);
		chain.doFilter(request, watched);
		if (response.getStatus() >= 400 && !watched.wrote && !watched.sentError && !response.isCommitted()) {
			response.sendError(response.getStatus());
		}
	}

	/** The response, noting whether anything wrote a body or an error was sent. */
	private static final class Watched extends HttpServletResponseWrapper {

		boolean wrote;

		boolean sentError;

		Watched(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.wrote = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.wrote = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int sc) throws IOException {
			this.sentError = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			this.sentError = true;
			super.sendError(sc, msg);
		}

	}

}
