package nl.mantelzorgkaart.web;

import nl.mantelzorgkaart.area.Location;
import org.springframework.stereotype.Component;

/** Small text helpers the templates call ({@code @pageText}), shared with the PDF so both print alike. */
@Component("pageText")
public class PageText {

	/** "Name, street 1, 1234 AB City" with whatever parts are known. */
	public String address(Location location) {
		return SocialMapPdf.address(location);
	}

}
