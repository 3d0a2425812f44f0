package nl.mantelzorgkaart.graph;

/** A record asked for by id does not exist; reaches clients as a NOT_FOUND error naming kind and id. */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String id;

	public NotFoundException(String kind, String id) {
		super("No " + kind + " with id '" + id + "'");
		this.kind = kind;
		this.id = id;
	}

	public String kind() {
		return this.kind;
	}

	public String id() {
		return this.id;
	}

	/** "Er is geen aanbod met id 'x'" / "No offering with id 'x'", in the client's language. */
	public ClientMessage clientMessage() {
		return new ClientMessage("api.notFound", ClientMessage.word("api.kind." + this.kind.replace(' ', '-')), this.id);
	}

}
