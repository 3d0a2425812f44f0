package nl.mantelzorgkaart.graph;

import nl.mantelzorgkaart.web.WebSettings;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @GraphQlTest} slice needs beside its controller, stubbed reads and the error advice
 * (which the slice finds itself): the {@code Date} scalar, wired in a configuration class that slices
 * leave out, and the settings that the pages' {@code @ControllerAdvice}, also found by every slice, is
 * made with, and the messages the errors are worded from ({@code messages.properties}). Import it with
 * {@code @Import(GraphQlSliceConfiguration.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DateScalar.class)
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
@EnableConfigurationProperties(WebSettings.class)
public class GraphQlSliceConfiguration {

}
