package nl.mantelzorgkaart.graph;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What we tell a client, as a key of {@code messages.properties} (Dutch) and {@code messages_en.properties}
 * with its arguments, worded in the request's language when the error is answered (issue 20). An argument
 * may itself be a message (the kind of record, {@link #word}), worded in the same language.
 */
public record ClientMessage(String code, Object... arguments) implements MessageSourceResolvable {

	/** A word of the messages, such as the name of a kind of record ({@code kind.offering}). */
	public static MessageSourceResolvable word(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments;
	}

	/** The words in Dutch or English; the key itself if a message were missing, never an error of its own. */
	public String in(MessageSource messages, Locale locale) {
		try {
			return messages.getMessage(this, ClientLanguage.supported(locale));
		}
		catch (NoSuchMessageException | IllegalArgumentException ex) {
			// A key missing or a pattern MessageFormat cannot read: the key, never an error of its own.
			return toString();
		}
	}

	/** The key and its arguments, for logs: "api.notFound[api.kind.offering, x]". */
	@Override
	public String toString() {
		return this.code + Arrays.stream(this.arguments)
			.map((argument) -> (argument instanceof MessageSourceResolvable word && word.getCodes() != null)
					? word.getCodes()[0] : String.valueOf(argument))
			.toList();
	}

}
