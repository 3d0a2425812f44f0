package nl.mantelzorgkaart.web;

import java.util.Locale;

import nl.mantelzorgkaart.web.SocialMapSheet.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The printable social map of an area: a page made for paper (print CSS), and the same as a PDF. */
@Controller
class SocialMapPages {

	private final SocialMapSheet sheets;

	private final InformationPages information;

	private final MessageSource messages;

	private final PageText text;

	SocialMapPages(SocialMapSheet sheets, InformationPages information, MessageSource messages, PageText text) {
		this.sheets = sheets;
		this.information = information;
		this.messages = messages;
		this.text = text;
	}

	@GetMapping("/sociale-kaart")
	String page(@RequestParam(name = "gebied", required = false) String area, Model model) {
		model.addAttribute("municipalities", this.information.municipalities());
		if (area != null && !area.isBlank()) {
			model.addAttribute("sheet", this.sheets.of(area));
			model.addAttribute("area", area);
		}
		return "social-map";
	}

	@GetMapping("/sociale-kaart.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam("gebied") String area, Locale locale) {
		Locale language = WebConfiguration.supported(locale);
		Sheet sheet = this.sheets.of(area);
		byte[] pdf = SocialMapPdf.render(sheet, (key) -> this.messages.getMessage(key, null, language), (verified) -> {
			String since = this.text.staleSince(verified, language);
			return (since != null) ? this.messages.getMessage("detail.stale.short", new Object[] { since }, language) : null;
		}, language);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sociale-kaart-" + sheet.area().id() + ".pdf").build().toString())
			.body(pdf);
	}

}
