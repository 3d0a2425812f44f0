package nl.mantelzorgkaart.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web pages.
 *
 * @param tileUrl the map tile server's URL template ({z}/{x}/{y}); empty shows no map background, the
 *     result list stays the same
 * @param tileAttribution the attribution the tile server asks for
 */
@ConfigurationProperties("mantelzorgkaart.web")
public record WebSettings(String tileUrl, String tileAttribution) {

	public WebSettings {
		if (tileUrl == null) {
			tileUrl = "";
		}
		if (tileAttribution == null) {
			tileAttribution = "";
		}
	}

}
