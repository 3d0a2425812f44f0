package nl.mantelzorgkaart.search;

import nl.mantelzorgkaart.graph.ClientMessage;

/**
 * A search a client sent that cannot run, naming the parameter as the client's front door calls it
 * ({@code filter.careThemes} in the API, {@code thema} on the search page). Each front door maps it to
 * its own kind of error: a GraphQL BAD_REQUEST, a 400 page. The message is a key of
 * {@code messages.properties} with its arguments, worded in the request's language.
 */
public class InvalidSearchRequestException extends RuntimeException {

	private final String parameter;

	private final ClientMessage clientMessage;

	public InvalidSearchRequestException(String parameter, String code, Object... arguments) {
		this(parameter, new ClientMessage(code, arguments));
	}

	public InvalidSearchRequestException(String parameter, ClientMessage message) {
		super(parameter + ": " + message);
		this.parameter = parameter;
		this.clientMessage = message;
	}

	public String parameter() {
		return this.parameter;
	}

	/** What to tell the client, to be worded in its language. */
	public ClientMessage clientMessage() {
		return this.clientMessage;
	}

}
