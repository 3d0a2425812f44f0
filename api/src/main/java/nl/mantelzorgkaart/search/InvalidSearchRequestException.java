package nl.mantelzorgkaart.search;

/**
 * A search a client sent that cannot run, naming the parameter as the client's front door calls it
 * ({@code filter.careThemes} in the API, {@code thema} on the search page). Each front door maps it to
 * its own kind of error: a GraphQL BAD_REQUEST, a 400 page.
 */
public class InvalidSearchRequestException extends RuntimeException {

	private final String parameter;

	public InvalidSearchRequestException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
