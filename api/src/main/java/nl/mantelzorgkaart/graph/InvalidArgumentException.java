package nl.mantelzorgkaart.graph;

/** A client sent an argument the API cannot use; reaches clients as BAD_REQUEST naming the argument. */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
