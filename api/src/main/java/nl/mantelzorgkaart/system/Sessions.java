package nl.mantelzorgkaart.system;

import org.neo4j.driver.SessionConfig;
import org.springframework.util.StringUtils;

/** Session settings for the configured database (or the server's default). */
public final class Sessions {

	private Sessions() {
	}

	public static SessionConfig config(String database) {
		return StringUtils.hasText(database) ? SessionConfig.forDatabase(database) : SessionConfig.defaultConfig();
	}

}
