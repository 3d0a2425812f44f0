package nl.mantelzorgkaart.web;

import java.util.ArrayList;
import java.util.List;

import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.organisation.Organisation;

/**
 * A small picture of a network: the network in the middle, its members on a circle around it, a line to
 * each. Positions are computed here so the page draws it as plain SVG, without a script.
 */
record NetworkPicture(int size, Node centre, List<Node> members) {

	/** A circle in the picture with its label and link. */
	record Node(double x, double y, String label, String url, double labelX, String anchor) {

	}

	static final int SIZE = 420;

	/** More members than this and the names no longer fit; the list beside the picture has them all. */
	static final int MAX_MEMBERS = 16;

	static NetworkPicture of(Network network, List<Organisation> members) {
		double middle = SIZE / 2.0;
		double radius = SIZE / 2.0 - 70;
		List<Node> nodes = new ArrayList<>();
		List<Organisation> shown = members.stream().limit(MAX_MEMBERS).toList();
		for (int i = 0; i < shown.size(); i++) {
			double angle = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
			double x = round(middle + radius * Math.cos(angle));
			double y = round(middle + radius * Math.sin(angle));
			boolean right = Math.cos(angle) >= -0.01;
			Organisation member = shown.get(i);
			String label = (member.shortName() != null) ? member.shortName() : shorten(member.name());
			nodes.add(new Node(x, y, label, "/organisaties/" + member.id(), right ? x + 10 : x - 10,
					right ? "start" : "end"));
		}
		return new NetworkPicture(SIZE, new Node(middle, middle, shorten(network.name()), null, middle, "middle"),
				nodes);
	}

	private static String shorten(String name) {
		return (name.length() > 24) ? name.substring(0, 23) + "…" : name;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
