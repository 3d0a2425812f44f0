package nl.mantelzorgkaart.benchmark;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.neo4j.aot.Neo4jManagedTypes;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;

/**
 * In the benchmark profile only: Spring Data Neo4j maps the naive model and provides its repository,
 * exactly as an application built on repositories would.
 */
@Configuration(proxyBeanMethods = false)
@Profile("benchmark")
@EnableNeo4jRepositories(basePackageClasses = NaiveModel.class, considerNestedRepositories = true)
class NaiveRepositoryConfiguration {

	@Bean
	Neo4jManagedTypes neo4jManagedTypes() {
		return Neo4jManagedTypes.from(NaiveModel.Offering.class, NaiveModel.Organisation.class,
				NaiveModel.TargetGroup.class, NaiveModel.CareTheme.class, NaiveModel.SupportFunction.class,
				NaiveModel.RespiteType.class, NaiveModel.FundingRoute.class, NaiveModel.Area.class,
				NaiveModel.Source.class);
	}

}
