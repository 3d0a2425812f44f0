package nl.mantelzorgkaart.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.guide.GuideAnswer;
import nl.mantelzorgkaart.guide.RespiteGuide;
import nl.mantelzorgkaart.knowledge.Glossary;
import nl.mantelzorgkaart.guide.RespiteGuideInput;
import nl.mantelzorgkaart.guide.RespiteGuideInput.BreakKind;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaredFor;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaregiverSituation;
import nl.mantelzorgkaart.guide.RespiteGuideInput.Moment;
import nl.mantelzorgkaart.guide.RespiteGuideInput.PaymentOption;
import nl.mantelzorgkaart.taxonomy.TaxonomyReads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The respite guide (respijtwijzer) as a form of one question per step. Each step is a plain GET form that
 * carries the earlier answers along as hidden fields, so it works without JavaScript, back and forward, and
 * every step can be skipped; the last step shows the guide's answer with the reasons per match.
 */
@Controller
class GuidePage {

	/** The steps in order, each with the URL parameters it asks for. */
	enum Step {

		WHO("zorgtVoor", "leeftijd"), SELF("mijnLeeftijd", "situatie"), CONDITION("thema"), BREAK("pauze"), WHEN("moment"), WHERE("gebied"),
		PAYMENT("betaling"), RESULT;

		final List<String> parameters;

		Step(String... parameters) {
			this.parameters = List.of(parameters);
		}

		public int number() {
			return ordinal() + 1;
		}

		static Step number(int number) {
			return values()[Math.max(1, Math.min(number, values().length)) - 1];
		}

	}

	static final List<String> ALL_PARAMETERS = Arrays.stream(Step.values())
		.flatMap((step) -> step.parameters.stream())
		.toList();

	/** The form parameter that answers each of the guide's input fields, for a 400 page in the form's terms. */
	private static final Map<String, String> API_FIELDS = Map.of("input.careRecipientAge", "leeftijd",
			"input.caregiverAge", "mijnLeeftijd", "input.caregiverSituations", "situatie", "input.careThemes", "thema",
			"input.area", "gebied");

	private final RespiteGuide guide;

	private final TaxonomyReads taxonomy;

	private final InformationPages information;

	private final Glossary glossary;

	GuidePage(RespiteGuide guide, TaxonomyReads taxonomy, InformationPages information, Glossary glossary) {
		this.guide = guide;
		this.taxonomy = taxonomy;
		this.information = information;
		this.glossary = glossary;
	}

	@GetMapping("/respijtwijzer")
	String guide(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>();
		for (String name : ALL_PARAMETERS) {
			List<String> values = parameters.getOrDefault(name, List.of()).stream().filter((v) -> !v.isBlank()).toList();
			if (!values.isEmpty()) {
				answers.put(name, values);
			}
		}
		Step current = Step.number(stepNumber(parameters.getFirst("stap")));
		String go = parameters.getFirst("ga");
		Step shown = current;
		if ("verder".equals(go)) {
			shown = Step.number(current.number() + 1);
		}
		else if ("overslaan".equals(go)) {
			current.parameters.forEach(answers::remove);
			shown = Step.number(current.number() + 1);
		}
		else if ("terug".equals(go)) {
			shown = Step.number(current.number() - 1);
		}
		RespiteGuideInput input = input(answers);

		model.addAttribute("step", shown);
		model.addAttribute("stepCount", Step.values().length - 1);
		model.addAttribute("answers", answers);
		Map<String, List<String>> hidden = new LinkedHashMap<>(answers);
		shown.parameters.forEach(hidden::remove);
		model.addAttribute("hidden", hidden);
		model.addAttribute("caredFor", CaredFor.values());
		model.addAttribute("situations", CaregiverSituation.values());
		model.addAttribute("breakKinds", BreakKind.values());
		model.addAttribute("moments", Moment.values());
		model.addAttribute("payments", PaymentOption.values());
		model.addAttribute("restartUrl", restartUrl(answers));
		switch (shown) {
			case CONDITION -> model.addAttribute("themes", this.taxonomy.taxonomy(null, false)
				.careThemes()
				.stream()
				.filter((theme) -> theme.offeringCount() > 0)
				.toList());
			case WHERE -> model.addAttribute("municipalities", this.information.municipalities());
			case PAYMENT -> model.addAttribute("paymentTerms", this.glossary.paymentTerms());
			case RESULT -> {
				GuideAnswer answer = answer(input);
				model.addAttribute("answer", answer);
				model.addAttribute("summary", summary(answers));
			}
			default -> {
			}
		}
		return "guide";
	}

	/** The guide's answer; a bad answer is a 400 page naming the form's own field, not the API's. */
	private GuideAnswer answer(RespiteGuideInput input) {
		try {
			return this.guide.answer(input, 20, 5);
		}
		catch (InvalidArgumentException ex) {
			String parameter = API_FIELDS.get(ex.argument());
			if (parameter == null) {
				throw ex;
			}
			throw new BadPageRequest(parameter, ex.getMessage());
		}
	}

	private static int stepNumber(String raw) {
		if (raw == null || raw.isBlank()) {
			return 1;
		}
		try {
			int step = Integer.parseInt(raw.trim());
			if (step < 1 || step > Step.values().length) {
				throw new BadPageRequest("stap", "no step " + step);
			}
			return step;
		}
		catch (NumberFormatException ex) {
			throw new BadPageRequest("stap", "not a step number");
		}
	}

	/** The answers as the guide's input; a value the form could not have sent is a 400. */
	static RespiteGuideInput input(MultiValueMap<String, String> answers) {
		String caringFor = answers.getFirst("zorgtVoor");
		return new RespiteGuideInput((caringFor != null) ? enumValue(CaredFor.class, "zorgtVoor", caringFor) : null,
				age("leeftijd", answers.getFirst("leeftijd")), age("mijnLeeftijd", answers.getFirst("mijnLeeftijd")),
				enums(CaregiverSituation.class, "situatie", answers.get("situatie")), nullIfEmpty(answers.get("thema")),
				enums(BreakKind.class, "pauze", answers.get("pauze")), null,
				enums(Moment.class, "moment", answers.get("moment")), answers.getFirst("gebied"), null,
				enums(PaymentOption.class, "betaling", answers.get("betaling")));
	}

	private static Integer age(String parameter, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BadPageRequest(parameter, "not an age");
		}
	}

	private static List<String> nullIfEmpty(List<String> values) {
		return (values == null || values.isEmpty()) ? null : values;
	}

	private static <E extends Enum<E>> List<E> enums(Class<E> type, String parameter, List<String> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		List<E> result = new ArrayList<>();
		for (String value : values) {
			result.add(enumValue(type, parameter, value));
		}
		return result;
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadPageRequest(parameter, "no such answer");
		}
	}

	/** What was answered, as message keys and values, to show above the result. */
	private static List<Map.Entry<String, List<String>>> summary(MultiValueMap<String, String> answers) {
		List<Map.Entry<String, List<String>>> summary = new ArrayList<>();
		answers.forEach((name, values) -> summary.add(Map.entry(name, values)));
		return summary;
	}

	private static String restartUrl(MultiValueMap<String, String> answers) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/respijtwijzer").queryParam("stap", 1);
		answers.forEach((name, values) -> values.forEach((value) -> url.queryParam(name, value)));
		return url.build().encode().toUriString();
	}

}
