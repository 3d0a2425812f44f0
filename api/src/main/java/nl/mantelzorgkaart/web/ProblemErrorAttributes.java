package nl.mantelzorgkaart.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The JSON body of an error outside GraphQL and the pages (issue 20): the members of an RFC 9457 problem
 * detail ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}), in Dutch, instead of
 * Spring's English {@code "error": "Not Found"}; never a stack trace or an exception's class. The Dutch error
 * page reads the same {@code status}.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> spring = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		int status = (spring.get("status") instanceof Integer code) ? code : 500;
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title(status));
		problem.put("status", (known != null) ? status : 500);
		problem.put("detail", detail(status));
		if (spring.get("path") != null) {
			problem.put("instance", spring.get("path"));
		}
		return problem;
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Ongeldige vraag";
			case 404 -> "Niet gevonden";
			case 405 -> "Methode niet toegestaan";
			case 406 -> "Dit formaat kunnen we niet leveren";
			case 413 -> "Vraag te groot";
			case 415 -> "Dit formaat kunnen we niet lezen";
			case 429 -> "Te veel vragen";
			default -> (status >= 500) ? "Er ging iets mis bij ons" : "Ongeldige vraag";
		};
	}

	private static String detail(int status) {
		if (status == 404) {
			return "Op dit adres staat niets. Kijk of het adres klopt, of begin bij de startpagina.";
		}
		if (status == 429) {
			return "Van dit adres kwamen in korte tijd te veel vragen; wacht zo veel seconden als Retry-After zegt.";
		}
		if (status >= 500) {
			return "Er ging iets mis aan onze kant; probeer het later opnieuw.";
		}
		return "De vraag kunnen we zo niet beantwoorden; kijk het adres, de methode en de inhoud na.";
	}

}
