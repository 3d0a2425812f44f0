package nl.mantelzorgkaart.system;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Where the graph lives: an external server when {@code uri} is set ({@code NEO4J_URI}), else an
 * embedded database in {@code embedded.dataDirectory}.
 */
@ConfigurationProperties("mantelzorgkaart.neo4j")
public record Neo4jSettings(String uri, String username, String password, String database, Embedded embedded) {

	/** The embedded database's settings. */
	public record Embedded(Path dataDirectory, int boltPort, DataSize pageCache) {

		public Embedded {
			if (dataDirectory == null) {
				dataDirectory = Path.of("data");
			}
			if (boltPort < 0 || boltPort > 65535) {
				throw new IllegalArgumentException(
						"mantelzorgkaart.neo4j.embedded.bolt-port (MANTELZORGKAART_BOLT_PORT) must be 0 to 65535, got "
								+ boltPort);
			}
			if (pageCache == null) {
				pageCache = DataSize.ofMegabytes(64);
			}
		}

	}

	public Neo4jSettings {
		if (embedded == null) {
			embedded = new Embedded(null, 0, null);
		}
		if (StringUtils.hasText(uri)) {
			URI parsed;
			try {
				parsed = URI.create(uri.strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("NEO4J_URI is not a valid URI: '" + uri + "'", ex);
			}
			String scheme = parsed.getScheme();
			if (scheme == null || !scheme.matches("(bolt|neo4j)(\\+s|\\+ssc)?")) {
				throw new IllegalArgumentException("NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s://, got '"
						+ uri + "'");
			}
		}
	}

	/** The embedded database's settings, bound before the application context exists. */
	static Embedded embeddedFrom(Environment environment) {
		return Binder.get(environment)
			.bind("mantelzorgkaart.neo4j", Neo4jSettings.class)
			.map(Neo4jSettings::embedded)
			.orElseGet(() -> new Embedded(null, 0, null));
	}

	public boolean external() {
		return StringUtils.hasText(this.uri);
	}

}
