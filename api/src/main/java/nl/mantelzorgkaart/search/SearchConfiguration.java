package nl.mantelzorgkaart.search;

import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.SearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analyzers and the index, built once per application. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	CareAnalyzers careAnalyzers() {
		return CareAnalyzers.load();
	}

	@Bean(destroyMethod = "close")
	SearchIndex searchIndex(SearchSettings settings, CareAnalyzers analyzers) {
		return new SearchIndex(settings.indexDirectory().toAbsolutePath(), analyzers);
	}

}
