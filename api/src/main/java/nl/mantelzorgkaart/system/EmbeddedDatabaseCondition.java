package nl.mantelzorgkaart.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The embedded database starts unless an external one is configured (NEO4J_URI or spring.neo4j.uri). */
class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return embedded(context.getEnvironment());
	}

	static boolean embedded(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("mantelzorgkaart.neo4j.uri"))
				&& !StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}

}
