package nl.mantelzorgkaart.guide;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code respiteGuide} query; the offerings and organisations in its answer batch-load as anywhere. */
@Controller
class RespiteGuideController {

	private final RespiteGuide guide;

	RespiteGuideController(RespiteGuide guide) {
		this.guide = guide;
	}

	@QueryMapping
	GuideAnswer respiteGuide(@Argument RespiteGuideInput input, @Argument Integer first,
			@Argument Integer alternatives) {
		return this.guide.answer(input, first, alternatives);
	}

}
