package nl.mantelzorgkaart.web;

/** A link or form value a page cannot use; shown as a 400 page naming the parameter. */
class BadPageRequest extends RuntimeException {

	private final String parameter;

	BadPageRequest(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String parameter() {
		return this.parameter;
	}

}
