package nl.mantelzorgkaart.graph;

/**
 * A client sent an argument the API cannot use; reaches clients as BAD_REQUEST naming the argument, with a
 * message in the request's language (a key of {@code messages.properties} and its arguments).
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	private final ClientMessage clientMessage;

	public InvalidArgumentException(String argument, String code, Object... arguments) {
		this(argument, new ClientMessage(code, arguments));
	}

	public InvalidArgumentException(String argument, ClientMessage message) {
		super(argument + ": " + message);
		this.argument = argument;
		this.clientMessage = message;
	}

	public String argument() {
		return this.argument;
	}

	/** What to tell the client, to be worded in its language. */
	public ClientMessage clientMessage() {
		return this.clientMessage;
	}

}
