package nl.mantelzorgkaart.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of the pages needs beside the page controller, its stubbed collaborators,
 * and what the slice finds itself (the language configuration, a {@code WebMvcConfigurer}, and the
 * {@code @ControllerAdvice} with the page chrome and error pages): the text helpers the templates call
 * as {@code @pageText}, and the settings the page chrome is made with.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(PageText.class)
@EnableConfigurationProperties(WebSettings.class)
class WebSliceConfiguration {

}
