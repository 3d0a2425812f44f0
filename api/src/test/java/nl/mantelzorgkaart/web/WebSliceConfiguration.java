package nl.mantelzorgkaart.web;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.knowledge.SourceDates;
import org.mockito.Mockito;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of the pages needs beside the page controller, its stubbed collaborators,
 * and what the slice finds itself (the language configuration, a {@code WebMvcConfigurer}, and the
 * {@code @ControllerAdvice} with the page chrome and error pages): the text helpers the templates call
 * as {@code @pageText} (with the sources' dates read from an empty graph: every date counts to the day),
 * and the settings the page chrome is made with.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(PageText.class)
@EnableConfigurationProperties(WebSettings.class)
class WebSliceConfiguration {

	@Bean
	SourceDates sourceDates() {
		return new SourceDates(Mockito.mock(GraphReads.class));
	}

}
