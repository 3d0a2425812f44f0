package nl.mantelzorgkaart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import nl.mantelzorgkaart.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The social map PDF, read back as text: what a professional hands out for Almere. */
@IntegrationTest
class SocialMapPdfTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<byte[]> download(String query) throws Exception {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/sociale-kaart.pdf?" + query)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theSocialMapOfAlmereIsAPdfGroupedByTheEightSupportFunctionsWithOrganisationsAndContacts() throws Exception {
		HttpResponse<byte[]> response = download("gebied=almere");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("attachment", "sociale-kaart-almere.pdf");
		String text = text(response.body());

		assertThat(text).startsWith("Sociale kaart Almere");
		List<String> headings = text.lines().map(String::strip).filter((line) -> line.matches("[1-8]\\. .+")).toList();
		assertThat(headings).hasSize(8);
		for (int i = 0; i < 8; i++) {
			assertThat(headings.get(i)).startsWith((i + 1) + ". ");
		}
		assertThat(text).contains("Vrijwilligers en Mantelzorg Centrale Almere", "Tel. 036 53 41 404", "info@vmca.nl",
				"Wagenmakerbaan 43, 1315 BC Almere", "Humanitas Almere");
		// What rests on the 2015 trend report says on paper too that it may be out of date.
		assertThat(text.replaceAll("\\s+", " ")).contains("(gecontroleerd in oktober 2015: mogelijk niet meer actueel)");

		// Grouped: respite offerings under the respite function, the discussion group under emotional support.
		String respite = section(text, headings, "Respijtzorg");
		assertThat(respite).contains("Inzet van Saar aan Huis", "Held-in-Huis").doesNotContain("Gesprekstafel Dementie");
		assertThat(section(text, headings, "Emotionele steun")).contains("Gesprekstafel Dementie");
	}

	@Test
	void thePdfSpeaksEnglishWhenAskedAndRefusesAnUnknownArea() throws Exception {
		assertThat(text(download("gebied=almere&lang=en").body())).startsWith("Social map Almere");

		assertThat(download("gebied=nergens").statusCode()).isEqualTo(400);
	}

	/** The text from the heading naming {@code function} to the next heading. */
	private static String section(String text, List<String> headings, String function) {
		List<String> names = new ArrayList<>(headings);
		String heading = names.stream().filter((h) -> h.endsWith(". " + function)).findFirst().orElseThrow();
		int start = text.indexOf(heading);
		int index = names.indexOf(heading);
		int end = (index + 1 < names.size()) ? text.indexOf(names.get(index + 1), start) : text.length();
		return text.substring(start, end);
	}

}
